module gosub.test/failing

go 1.24
