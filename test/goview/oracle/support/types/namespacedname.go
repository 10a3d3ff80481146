// Package types: k8s.io/apimachinery's NamespacedName (fields and String()).
package types

type NamespacedName struct {
	Namespace string
	Name      string
}

func (n NamespacedName) String() string { return n.Namespace + "/" + n.Name }
