// Records how go-yaml v2 (what Kubernetes reads YAML with) types each line of words.txt written
// as a plain scalar value. The test test/yaml/quoting.test.ts checks kinject's reader and quoting
// against the recording. Regenerate (needs Go and gopkg.in/yaml.v2 in GOPATH):
//
//	GOPATH=/usr/share/gocode GO111MODULE=off go run resolve.go < words.txt > ../go-resolve.recorded.json
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"bufio"

	yaml "gopkg.in/yaml.v2"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	out := map[string]interface{}{}
	for sc.Scan() {
		s := sc.Text()
		var v map[string]interface{}
		if err := yaml.Unmarshal([]byte("k: "+s+"\n"), &v); err != nil {
			out[s] = map[string]string{"error": err.Error()}
			continue
		}
		out[s] = map[string]interface{}{"type": fmt.Sprintf("%T", v["k"]), "value": fmt.Sprint(v["k"])}
	}
	b, _ := json.MarshalIndent(out, "", "  ")
	fmt.Println(string(b))
}
