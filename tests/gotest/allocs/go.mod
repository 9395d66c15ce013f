module gosub.test/allocs

go 1.24
