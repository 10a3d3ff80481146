package v1

import "time"

// Time is metav1.Time: a time.Time with Kubernetes' JSON form.
type Time struct {
	time.Time
}
