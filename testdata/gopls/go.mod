module example.com/goplsdemo

go 1.26.0
