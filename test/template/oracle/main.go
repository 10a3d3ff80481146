// Command oracle renders Go text/template cases with the real Go engine, so kinject's
// TypeScript engine can be compared with it (recorded corpus and differential fuzzing).
//
// Input (stdin): a JSON array of cases, or one JSON case per line:
//
//	{"name": "n", "tname": "t", "template": "{{.}}", "data": 1, "option": "missingkey=zero", "funcs": "sprig"}
//
// Output (stdout): one JSON object per case, in input order:
//
//	{"output": "...", "tree": "..."}  or  {"error": "...", "tree": "..."}
//
// "tree" is the parsed main template printed back (parse.ListNode's String), present whenever
// parsing succeeded: kinject's parse tree must print the same. Go 1.19 prints an assignment
// `{{$x = 1}}` as a declaration `{{$x := 1}}` (newer Go prints `=`), so templates with
// assignments get no "tree".
//
// plus "invalidUTF8": true when the output bytes are not valid UTF-8 (JSON cannot carry
// them faithfully, so such cases should not be recorded).
//
// Data is decoded with encoding/json into interface{}, so numbers are float64, objects
// map[string]interface{} and arrays []interface{}: the value model kinject mirrors.
//
// Build: GO111MODULE=off GOPATH=/usr/share/gocode go build -o oracle ./test/template/oracle
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"text/template"
	"text/template/parse"
	"unicode/utf8"

	"github.com/Masterminds/sprig"
)

// testCase is one template to render.
type testCase struct {
	Name     string          `json:"name"`
	TName    string          `json:"tname"`
	Template string          `json:"template"`
	Data     json.RawMessage `json:"data"`
	Option   string          `json:"option"`
	Funcs    string          `json:"funcs"`
}

// result is what Go made of a case.
type result struct {
	Output      *string `json:"output,omitempty"`
	Error       *string `json:"error,omitempty"`
	Tree        *string `json:"tree,omitempty"`
	InvalidUTF8 bool    `json:"invalidUTF8,omitempty"`
}

func main() {
	cases, err := readCases(os.Stdin)
	if err != nil {
		fmt.Fprintln(os.Stderr, "oracle:", err)
		os.Exit(2)
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	// Keep <, > and & readable in the recordings.
	enc.SetEscapeHTML(false)
	for _, c := range cases {
		if err := enc.Encode(render(c)); err != nil {
			fmt.Fprintln(os.Stderr, "oracle:", err)
			os.Exit(2)
		}
	}
}

// readCases accepts either a JSON array of cases or a stream of JSON cases.
func readCases(r io.Reader) ([]testCase, error) {
	raw, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	if trimmed := bytes.TrimSpace(raw); len(trimmed) > 0 && trimmed[0] == '[' {
		var cases []testCase
		err := json.Unmarshal(trimmed, &cases)
		return cases, err
	}
	var cases []testCase
	dec := json.NewDecoder(bytes.NewReader(raw))
	for dec.More() {
		var c testCase
		if err := dec.Decode(&c); err != nil {
			return nil, err
		}
		cases = append(cases, c)
	}
	return cases, nil
}

// render parses and executes one case. text/template recovers panics of template functions
// itself; the only panic that reaches here is Option's, for an unknown option, and its text
// is what a Go program would see.
func render(c testCase) (res result) {
	defer func() {
		if r := recover(); r != nil {
			// Option panics on an unknown option; report its text as the error.
			msg := fmt.Sprint(r)
			res = result{Error: &msg}
		}
	}()
	name := c.TName
	if name == "" {
		name = c.Name
	}
	var data interface{}
	if len(c.Data) > 0 {
		if err := json.Unmarshal(c.Data, &data); err != nil {
			msg := "oracle: bad data: " + err.Error()
			return result{Error: &msg}
		}
	}
	t := template.New(name)
	switch c.Funcs {
	case "sprig":
		t = t.Funcs(sprig.TxtFuncMap())
	case "", "builtin":
	default:
		msg := "oracle: unknown funcs " + c.Funcs
		return result{Error: &msg}
	}
	if c.Option != "" {
		t = t.Option(strings.Split(c.Option, ",")...)
	}
	if _, err := t.Parse(c.Template); err != nil {
		msg := err.Error()
		return result{Error: &msg}
	}
	var tree *string
	if t.Tree != nil && t.Tree.Root != nil && !hasAssignment(t.Tree.Root) {
		s := t.Tree.Root.String()
		tree = &s
	}
	var buf bytes.Buffer
	if err := t.Execute(&buf, data); err != nil {
		msg := err.Error()
		return result{Error: &msg, Tree: tree}
	}
	s := buf.String()
	return result{Output: &s, Tree: tree, InvalidUTF8: !utf8.ValidString(s)}
}

// hasAssignment reports whether any pipeline under n assigns (`$x = …`) rather than declares.
func hasAssignment(n parse.Node) bool {
	switch n := n.(type) {
	case *parse.ListNode:
		return n != nil && anyAssignment(n.Nodes)
	case *parse.ActionNode:
		return hasAssignment(n.Pipe)
	case *parse.IfNode:
		return hasBranchAssignment(&n.BranchNode)
	case *parse.RangeNode:
		return hasBranchAssignment(&n.BranchNode)
	case *parse.WithNode:
		return hasBranchAssignment(&n.BranchNode)
	case *parse.TemplateNode:
		return n.Pipe != nil && hasAssignment(n.Pipe)
	case *parse.PipeNode:
		if n == nil {
			return false
		}
		if n.IsAssign {
			return true
		}
		for _, c := range n.Cmds {
			if hasAssignment(c) {
				return true
			}
		}
	case *parse.CommandNode:
		return anyAssignment(n.Args)
	}
	return false
}

func hasBranchAssignment(b *parse.BranchNode) bool {
	return hasAssignment(b.Pipe) || hasAssignment(b.List) || (b.ElseList != nil && hasAssignment(b.ElseList))
}

func anyAssignment(nodes []parse.Node) bool {
	for _, n := range nodes {
		if hasAssignment(n) {
			return true
		}
	}
	return false
}
