// Package intstr: k8s.io/apimachinery's IntOrString shape (fields and JSON form).
package intstr

import (
	"encoding/json"
	"strconv"
)

type Type int64

const (
	Int Type = iota
	String
)

type IntOrString struct {
	Type   Type
	IntVal int32
	StrVal string
}

func (v *IntOrString) String() string {
	if v == nil {
		return "<nil>"
	}
	if v.Type == String {
		return v.StrVal
	}
	return strconv.Itoa(int(v.IntVal))
}

func (v *IntOrString) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '"' {
		v.Type = String
		return json.Unmarshal(b, &v.StrVal)
	}
	v.Type = Int
	return json.Unmarshal(b, &v.IntVal)
}
