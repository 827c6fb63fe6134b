// Test shim (not shipped): the internal/rtype primitives, written with real reflect.
package rtype

import "reflect"

func dyn(v reflect.Value) any {
	if v.Kind() == reflect.Interface {
		if v.IsNil() {
			return nil
		}
		v = v.Elem()
	}
	return v.Interface()
}

func KindOf(v any) Kind {
	if v == nil {
		return Invalid
	}
	return Kind(reflect.TypeOf(v).Kind())
}

func TypeString(v any) string {
	if v == nil {
		return "<nil>"
	}
	return reflect.TypeOf(v).String()
}

func Len(v any) int { return reflect.ValueOf(v).Len() }
func Cap(v any) int { return reflect.ValueOf(v).Cap() }

func Index(v any, i int) any { return dyn(reflect.ValueOf(v).Index(i)) }

func IsNil(v any) bool { return reflect.ValueOf(v).IsNil() }

func PointerOf(v any) uintptr { return reflect.ValueOf(v).Pointer() }

func Elem(v any) any { return dyn(reflect.ValueOf(v).Elem()) }

func ElemKind(v any) Kind { return Kind(reflect.TypeOf(v).Elem().Kind()) }

func ElemTypeString(v any) string { return reflect.TypeOf(v).Elem().String() }

func KeyTypeString(v any) string { return reflect.TypeOf(v).Key().String() }

func NumField(v any) int { return reflect.TypeOf(v).NumField() }

func FieldName(v any, i int) string { return reflect.TypeOf(v).Field(i).Name }

func FieldTypeString(v any, i int) string { return reflect.TypeOf(v).Field(i).Type.String() }

func Field(v any, i int) any {
	s := reflect.ValueOf(v)
	// make the struct addressable so that unexported fields can be read via NewAt
	c := reflect.New(s.Type()).Elem()
	c.Set(s)
	f := c.Field(i)
	f = reflect.NewAt(f.Type(), f.Addr().UnsafePointer()).Elem()
	return dyn(f)
}

func MapEntries(v any) (keys, values []any) {
	m := reflect.ValueOf(v)
	it := m.MapRange()
	for it.Next() {
		keys = append(keys, dyn(it.Key()))
		values = append(values, dyn(it.Value()))
	}
	return
}

func IntOf(v any) int64      { return reflect.ValueOf(v).Int() }
func UintOf(v any) uint64    { return reflect.ValueOf(v).Uint() }
func FloatOf(v any) float64  { return reflect.ValueOf(v).Float() }
func BoolOf(v any) bool      { return reflect.ValueOf(v).Bool() }
func StringOf(v any) string  { return reflect.ValueOf(v).String() }
func Comparable(v any) bool {
	if v == nil {
		return true
	}
	return reflect.TypeOf(v).Comparable()
}

func Swap(v any, i, j int) { reflect.Swapper(v)(i, j) }

func SetIfAssignable(ptr any, v any) bool {
	if v == nil {
		return false
	}
	p := reflect.ValueOf(ptr).Elem()
	if !reflect.TypeOf(v).AssignableTo(p.Type()) {
		return false
	}
	p.Set(reflect.ValueOf(v))
	return true
}
