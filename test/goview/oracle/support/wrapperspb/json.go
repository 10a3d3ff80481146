package wrapperspb

import "encoding/json"

func unmarshal(b []byte, v interface{}) error { return json.Unmarshal(b, v) }
