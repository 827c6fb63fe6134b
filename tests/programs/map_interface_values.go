// Checks a map[string]interface{} holding mixed values, read back with type switches and assertions.
package main

import "fmt"

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return "int"
	case string:
		return "string " + x
	case []interface{}:
		return "list"
	case map[string]interface{}:
		return "object"
	default:
		return "other"
	}
}

func main() {
	doc := map[string]interface{}{
		"name":  "gopher",
		"age":   13,
		"tags":  []interface{}{"go", 1},
		"owner": map[string]interface{}{"id": 7},
		"none":  nil,
		"ratio": 0.5,
	}
	for _, k := range []string{"name", "age", "tags", "owner", "none", "ratio", "absent"} {
		v, ok := doc[k]
		fmt.Println(k, describe(v), ok)
	}
	age := doc["age"].(int)
	doc["age"] = age + 1
	fmt.Println(doc["age"])
	owner := doc["owner"].(map[string]interface{})
	owner["id"] = 8
	fmt.Println(doc["owner"].(map[string]interface{})["id"])
}
