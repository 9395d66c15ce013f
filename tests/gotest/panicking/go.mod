module gosub.test/panicking

go 1.24
