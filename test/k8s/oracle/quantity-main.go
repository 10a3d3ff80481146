// Command q canonicalizes resource quantities with the real k8s.io/apimachinery code:
// one JSON value per input line (string or number, as a manifest holds it), one JSON
// result per output line: {"s": canonical} or {"error": message}.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"

	"k8s.io/apimachinery/pkg/api/resource"
)

func main() {
	in := bufio.NewScanner(os.Stdin)
	for in.Scan() {
		var q resource.Quantity
		if err := json.Unmarshal(in.Bytes(), &q); err != nil {
			b, _ := json.Marshal(map[string]string{"error": err.Error()})
			fmt.Println(string(b))
			continue
		}
		out, _ := json.Marshal(&q)
		b, _ := json.Marshal(map[string]json.RawMessage{"s": out})
		fmt.Println(string(b))
	}
}
