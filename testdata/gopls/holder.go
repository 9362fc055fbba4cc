package main

import "example.com/goplsdemo/respond"

func healthy(r respond.Result) bool {
	return r.Code() == 200
}
