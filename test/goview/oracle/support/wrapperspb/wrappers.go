// Package wrapperspb: the protobuf wrapper messages templates meet, as protobuf-go shapes
// them (a Value field, a nil-safe GetValue), decoding from proto-JSON's bare values.
package wrapperspb

type BoolValue struct{ Value bool }

func (x *BoolValue) GetValue() bool {
	if x != nil {
		return x.Value
	}
	return false
}

func (x *BoolValue) UnmarshalJSON(b []byte) error { return unmarshal(b, &x.Value) }

type Int32Value struct{ Value int32 }

func (x *Int32Value) GetValue() int32 {
	if x != nil {
		return x.Value
	}
	return 0
}

func (x *Int32Value) UnmarshalJSON(b []byte) error { return unmarshal(b, &x.Value) }
