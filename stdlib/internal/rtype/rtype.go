// Package rtype gives minigo's standard library read-only access to the run-time
// type of a value: a small subset of what package reflect offers, enough for fmt
// (printing any value), sort (sort.Slice) and errors (errors.Is, errors.As).
//
// Values are passed as interface values (any). Every function in this package
// except the constants is a runtime primitive: it is declared here without a body
// and provided by minigo's runtime under the symbol "internal/rtype.<Name>", which
// reads the type descriptor of the interface's dynamic type.
//
// Conventions shared by all primitives:
//   - "the type of v" is the dynamic type of the interface value v; for a nil v
//     (no dynamic type) KindOf returns Invalid and TypeString returns "<nil>".
//   - A value returned as any (Index, Elem, Field, MapEntries) is the element,
//     pointee, field, key or value with its static type as dynamic type, EXCEPT when
//     that static type is an interface type: then the interface's own dynamic value
//     is returned (nil for a nil interface). This is reflect's Value.Elem() applied to
//     interface-kind values, done for the caller.
//   - Calling a primitive on a value of a kind it does not accept (documented per
//     function) is a bug in the caller; the runtime may abort with a message.
//     Out-of-range indexes panic like an index expression would.
package rtype

// Kind is the kind of a type, numbered exactly as reflect.Kind.
type Kind uint

// The kinds, in reflect.Kind's order and with its values (Invalid = 0 ... UnsafePointer = 26).
const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

var kindNames = []string{
	Invalid:       "invalid",
	Bool:          "bool",
	Int:           "int",
	Int8:          "int8",
	Int16:         "int16",
	Int32:         "int32",
	Int64:         "int64",
	Uint:          "uint",
	Uint8:         "uint8",
	Uint16:        "uint16",
	Uint32:        "uint32",
	Uint64:        "uint64",
	Uintptr:       "uintptr",
	Float32:       "float32",
	Float64:       "float64",
	Complex64:     "complex64",
	Complex128:    "complex128",
	Array:         "array",
	Chan:          "chan",
	Func:          "func",
	Interface:     "interface",
	Map:           "map",
	Pointer:       "ptr",
	Slice:         "slice",
	String:        "string",
	Struct:        "struct",
	UnsafePointer: "unsafe.Pointer",
}

// String returns the name of the kind as reflect.Kind.String does.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind" + itoa(int(k))
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

// KindOf returns the kind of v's dynamic type (the kind of its underlying type:
// a named struct type has kind Struct). It returns Invalid when v is nil.
//
//go:noescape
func KindOf(v any) Kind

// TypeString returns the name of v's dynamic type as reflect.TypeOf(v).String()
// and fmt's %T print it: "int", "main.T", "*main.T", "[]interface {}",
// "map[string]int", "struct { A int; b string }", "func(int) string", "chan<- int",
// "error" never (a dynamic type is never an interface type). It returns "<nil>"
// when v is nil.
//
//go:noescape
func TypeString(v any) string

// Len returns the length of v, whose kind must be Array, Chan, Map, Slice or String
// (as the built-in len). Len of a nil map, slice or channel is 0.
//
//go:noescape
func Len(v any) int

// Cap returns the capacity of v, whose kind must be Array, Chan or Slice.
//
//go:noescape
func Cap(v any) int

// Index returns element i of v, whose kind must be Array, Slice or String, with
// 0 <= i < Len(v). For a String the element is the byte v[i] as a uint8. For an
// Array or Slice whose element type is an interface type the element's dynamic
// value is returned (nil for a nil element); otherwise a value of the element type.
func Index(v any, i int) any

// IsNil reports whether v, whose kind must be Chan, Func, Interface, Map, Pointer,
// Slice or UnsafePointer, is nil. (An interface-kind value never reaches it: see
// the conventions above.)
//
//go:noescape
func IsNil(v any) bool

// PointerOf returns v's pointer as an integer, as reflect.Value.Pointer: for Chan,
// Map, Pointer and UnsafePointer the address they hold; for Func the address of its
// code (0 for a nil func); for Slice the address of its first element (the data
// pointer, 0 for a nil slice). fmt prints it with %p and for %v of such values.
//
//go:noescape
func PointerOf(v any) uintptr

// Elem returns the value a non-nil pointer v points to (kind Pointer). When the
// pointee's type is an interface type its dynamic value is returned (nil if nil).
func Elem(v any) any

// ElemKind returns the kind of the element type of v's type, whose kind must be
// Array, Chan, Map (the value type), Pointer (the pointee type) or Slice. Unlike
// KindOf(Index(v, i)) it is defined for empty and nil values and returns Interface
// for an interface element type.
//
//go:noescape
func ElemKind(v any) Kind

// ElemTypeString returns the name (as TypeString prints it) of the element type of
// v's type, whose kind must be Array, Chan, Map (the value type), Pointer or Slice.
// fmt uses it for %#v of a nil interface element: "interface {}(nil)", "error(nil)".
//
//go:noescape
func ElemTypeString(v any) string

// KeyTypeString returns the name of the key type of the map type of v (kind Map).
//
//go:noescape
func KeyTypeString(v any) string

// NumField returns the number of fields of v's struct type (kind Struct).
//
//go:noescape
func NumField(v any) int

// FieldName returns the name of field i of v's struct type, as
// reflect.Type.Field(i).Name: for an embedded field, the name of its type without
// package qualifier or pointer star ("T" for an embedded *pkg.T).
//
//go:noescape
func FieldName(v any, i int) string

// FieldTypeString returns the name (as TypeString prints it) of the static type of
// field i of v's struct type: fmt uses it for %#v of a nil interface-typed field.
//
//go:noescape
func FieldTypeString(v any, i int) string

// Field returns field i of the struct v (kind Struct), exported or not. When the
// field's type is an interface type its dynamic value is returned (nil if nil).
func Field(v any, i int) any

// MapEntries returns the keys and the values of map v (kind Map) as two slices of
// equal length: values[k] is the element stored under keys[k]. The order is the
// map's iteration order (fmt sorts it). Entries are read in one iteration, so keys
// that cannot be looked up again (NaN) are still paired with their values. Keys and
// values of interface type are returned as their dynamic values. A nil or empty map
// gives two empty slices.
func MapEntries(v any) (keys, values []any)

// IntOf returns the value of v, whose kind must be Int, Int8, Int16, Int32 or Int64,
// sign-extended to int64 (for values of named types, which a type switch on the
// predeclared types does not catch).
//
//go:noescape
func IntOf(v any) int64

// UintOf returns the value of v, whose kind must be Uint, Uint8, Uint16, Uint32,
// Uint64 or Uintptr, zero-extended to uint64.
//
//go:noescape
func UintOf(v any) uint64

// FloatOf returns the value of v, whose kind must be Float32 or Float64, converted to
// float64 (exactly).
//
//go:noescape
func FloatOf(v any) float64

// BoolOf returns the value of v, whose kind must be Bool.
//
//go:noescape
func BoolOf(v any) bool

// StringOf returns the value of v, whose kind must be String.
func StringOf(v any) string

// Comparable reports whether v's dynamic type is comparable (reflect.Type.Comparable):
// false for slices, maps, funcs and structs or arrays containing them; nil is
// comparable. errors.Is uses it to avoid a run-time panic in ==.
//
//go:noescape
func Comparable(v any) bool

// Swap exchanges elements i and j of the slice v (kind Slice), as the function
// returned by reflect.Swapper. It panics with Go's index-out-of-range message if
// i or j is not below Len(v).
func Swap(v any, i, j int)

// SetIfAssignable stores v into the variable ptr points to and returns true, if
// v's dynamic type is assignable to that variable's type (reflect's AssignableTo:
// identical types, an interface type v's type implements, or identical underlying
// types one of which is not named); otherwise it returns false and stores nothing.
// ptr must be a non-nil pointer (kind Pointer); a nil v is never assignable.
func SetIfAssignable(ptr any, v any) bool
