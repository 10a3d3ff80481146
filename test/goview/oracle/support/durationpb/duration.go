// Package durationpb: google.protobuf.Duration as protobuf-go shapes it, decoding
// proto-JSON's "1.5s".
package durationpb

import (
	"encoding/json"
	"strconv"
	"strings"
	"time"
)

type Duration struct {
	Seconds int64
	Nanos   int32
}

func (x *Duration) GetSeconds() int64 {
	if x != nil {
		return x.Seconds
	}
	return 0
}

func (x *Duration) GetNanos() int32 {
	if x != nil {
		return x.Nanos
	}
	return 0
}

func (x *Duration) AsDuration() time.Duration {
	return time.Duration(x.GetSeconds())*time.Second + time.Duration(x.GetNanos())
}

func (x *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	s = strings.TrimSuffix(s, "s")
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	whole, frac, _ := strings.Cut(s, ".")
	sec, err := strconv.ParseInt(whole, 10, 64)
	if err != nil {
		return err
	}
	var nanos int64
	if frac != "" {
		if nanos, err = strconv.ParseInt((frac + "000000000")[:9], 10, 64); err != nil {
			return err
		}
	}
	if neg {
		sec, nanos = -sec, -nanos
	}
	x.Seconds, x.Nanos = sec, int32(nanos)
	return nil
}
