package analyzer

import (
	"bytes"
	"encoding/gob"
	"strings"
	"testing"
)

// TestRegistriesRoundTrip checks that every family and rule that a row of
// the tables names is registered, and that each registered one survives a
// fact: its name goes through gob and reads back as the very same value.
func TestRegistriesRoundTrip(t *testing.T) {
	used := make(map[*codeFamily]bool)
	usedRules := make(map[*codeRule]bool)
	for _, a := range apis {
		used[a.family] = true
		if a.rule != nil {
			usedRules[a.rule] = true
		}
	}
	for _, s := range sources {
		used[s.family] = true
	}
	for _, f := range families {
		for _, alt := range f.alts {
			used[alt] = true
		}
	}
	for f := range used {
		if familyNamed(f.name) != f {
			t.Errorf("family %s is used by the tables but not registered", f.name)
		}
	}
	for r := range usedRules {
		if ruleNamed(r.name) != r {
			t.Errorf("rule %s is used by the tables but not registered", r.name)
		}
	}
	if len(usedRules) != len(rules) {
		t.Errorf("%d rules registered, %d used by the tables", len(rules), len(usedRules))
	}

	end := pathEnd{stepReaches, qualName{Pkg: "http", Recv: "ResponseWriter", Name: "WriteHeader"}}
	for _, f := range families {
		for _, r := range append([]*codeRule{nil}, allRules()...) {
			in := &funcFact{Params: []paramFact{{Index: 1, Family: f.name, Rule: r.nameOrEmpty(), End: end}}}
			var out funcFact
			roundTrip(t, in, &out)
			p := out.Params[0]
			if familyNamed(p.Family) != f || ruleNamed(p.Rule) != r || p.End != end {
				t.Errorf("param fact of family %s, rule %v read back as %+v", f.name, r.nameOrEmpty(), p)
			}
		}
		in := &fieldFact{Owner: "Problem", Family: f.name, End: end}
		var out fieldFact
		roundTrip(t, in, &out)
		if familyNamed(out.Family) != f || out.End != end {
			t.Errorf("field fact of family %s read back as %+v", f.name, out)
		}
	}
}

func allRules() []*codeRule {
	var rs []*codeRule
	for _, r := range rules {
		rs = append(rs, r)
	}
	return rs
}

func roundTrip(t *testing.T, in, out any) {
	t.Helper()
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(in); err != nil {
		t.Fatal(err)
	}
	if err := gob.NewDecoder(&buf).Decode(out); err != nil {
		t.Fatal(err)
	}
}

// TestStepVerbs checks that every step of a path has its verb.
func TestStepVerbs(t *testing.T) {
	for k := stepPassedTo; k <= stepComparesWith; k++ {
		if s := k.String(); strings.HasPrefix(s, "step(") {
			t.Errorf("step %d has no verb", k)
		}
	}
}
