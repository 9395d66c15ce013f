module gosub.bench/allocs

go 1.24
