// printer.cpp — exprString: expressions and simple statements printed on one line in
// Go's short form (syntax.String), as they appear inside diagnostics. Function and
// composite literal bodies print as "{…}".
#include "syntax/parser.h"

#include <llvm/Support/Casting.h>

namespace minigo::syntax {

using llvm::cast;

namespace {

class Printer {
 public:
  std::string out;

  void node(const Node* n) {
    if (!n) return;
    switch (n->kind) {
      case NodeKind::BadExpr: out += "<bad expr>"; break;
      case NodeKind::Name: out += cast<Name>(n)->value; break;
      case NodeKind::BasicLit: out += cast<BasicLit>(n)->value; break;
      case NodeKind::FuncLit: {
        auto* f = cast<FuncLit>(n);
        node(f->type);
        out += " {";
        if (f->body && !f->body->list.empty()) out += "…";
        out += "}";
        break;
      }
      case NodeKind::CompositeLit: {
        auto* c = cast<CompositeLit>(n);
        node(c->type);
        out += "{";
        if (!c->elems.empty()) out += "…";
        out += "}";
        break;
      }
      case NodeKind::ParenExpr:
        out += "(";
        node(cast<ParenExpr>(n)->x);
        out += ")";
        break;
      case NodeKind::SelectorExpr: {
        auto* s = cast<SelectorExpr>(n);
        node(s->x);
        out += ".";
        node(s->sel);
        break;
      }
      case NodeKind::IndexExpr: {
        auto* i = cast<IndexExpr>(n);
        node(i->x);
        out += "[";
        node(i->index);
        out += "]";
        break;
      }
      case NodeKind::SliceExpr: {
        auto* s = cast<SliceExpr>(n);
        node(s->x);
        out += "[";
        node(s->index[0]);
        out += ":";
        node(s->index[1]);
        if (s->index[2]) {
          out += ":";
          node(s->index[2]);
        }
        out += "]";
        break;
      }
      case NodeKind::AssertExpr: {
        auto* a = cast<AssertExpr>(n);
        node(a->x);
        out += ".(";
        node(a->type);
        out += ")";
        break;
      }
      case NodeKind::TypeSwitchGuard: {
        auto* g = cast<TypeSwitchGuard>(n);
        if (g->lhs) {
          node(g->lhs);
          out += " := ";
        }
        node(g->x);
        out += ".(type)";
        break;
      }
      case NodeKind::CallExpr: {
        auto* c = cast<CallExpr>(n);
        node(c->fun);
        out += "(";
        exprList(c->args);
        if (c->hasDots) out += "...";
        out += ")";
        break;
      }
      case NodeKind::Operation: {
        auto* o = cast<Operation>(n);
        if (!o->y) {
          out += operatorString(o->op);
          node(o->x);
        } else {
          node(o->x);
          out += " ";
          out += operatorString(o->op);
          out += " ";
          node(o->y);
        }
        break;
      }
      case NodeKind::KeyValueExpr: {
        auto* kv = cast<KeyValueExpr>(n);
        node(kv->key);
        out += ": ";
        node(kv->value);
        break;
      }
      case NodeKind::ListExpr: exprList(cast<ListExpr>(n)->elems); break;
      case NodeKind::ArrayType: {
        auto* a = cast<ArrayType>(n);
        out += "[";
        if (a->len)
          node(a->len);
        else
          out += "...";
        out += "]";
        node(a->elem);
        break;
      }
      case NodeKind::SliceType:
        out += "[]";
        node(cast<SliceType>(n)->elem);
        break;
      case NodeKind::DotsType:
        out += "...";
        node(cast<DotsType>(n)->elem);
        break;
      case NodeKind::StructType: {
        auto* s = cast<StructType>(n);
        out += "struct{";
        fieldList(s->fields, s->tags, "; ");
        out += "}";
        break;
      }
      case NodeKind::FuncType:
        out += "func";
        signature(cast<FuncType>(n));
        break;
      case NodeKind::InterfaceType: {
        auto* it = cast<InterfaceType>(n);
        out += "interface{";
        for (size_t i = 0; i < it->methods.size(); i++) {
          if (i > 0) out += "; ";
          const Field* m = it->methods[i];
          if (m->name) {
            node(m->name);
            signature(cast<FuncType>(m->type));
          } else {
            node(m->type);
          }
        }
        out += "}";
        break;
      }
      case NodeKind::MapType: {
        auto* m = cast<MapType>(n);
        out += "map[";
        node(m->key);
        out += "]";
        node(m->value);
        break;
      }
      case NodeKind::ChanType: {
        auto* c = cast<ChanType>(n);
        if (c->dir == ChanDir::RecvOnly) out += "<-";
        out += "chan";
        if (c->dir == ChanDir::SendOnly) out += "<-";
        out += " ";
        auto* e = llvm::dyn_cast<ChanType>(c->elem);
        if (c->dir == ChanDir::Both && e && e->dir == ChanDir::RecvOnly) {
          out += "(";
          node(c->elem);
          out += ")";
        } else {
          node(c->elem);
        }
        break;
      }
      case NodeKind::Field: {
        auto* f = cast<Field>(n);
        if (f->name) {
          node(f->name);
          out += " ";
        }
        node(f->type);
        break;
      }
      // statements that can appear where an expression was expected
      case NodeKind::ExprStmt: node(cast<ExprStmt>(n)->x); break;
      case NodeKind::SendStmt: {
        auto* s = cast<SendStmt>(n);
        node(s->chan);
        out += " <- ";
        node(s->value);
        break;
      }
      case NodeKind::AssignStmt: {
        auto* a = cast<AssignStmt>(n);
        node(a->lhs);
        if (!a->rhs) {
          out += operatorString(a->op);
          out += operatorString(a->op);
        } else {
          out += " ";
          out += operatorString(a->op);
          out += "= ";
          node(a->rhs);
        }
        break;
      }
      case NodeKind::RangeClause: {
        auto* r = cast<RangeClause>(n);
        if (r->lhs) {
          node(r->lhs);
          out += r->def ? " := " : " = ";
        }
        out += "range ";
        node(r->x);
        break;
      }
      default: out += "<node>"; break;
    }
  }

  void exprList(const std::vector<Expr*>& l) {
    for (size_t i = 0; i < l.size(); i++) {
      if (i > 0) out += ", ";
      node(l[i]);
    }
  }

  // Fields declared together (sharing a type node) print as "a, b T".
  void fieldList(const std::vector<Field*>& fields, const std::vector<BasicLit*>& tags,
                 const char* sep) {
    size_t i0 = 0;
    const Expr* typ = nullptr;
    for (size_t i = 0; i < fields.size(); i++) {
      if (!fields[i]->name || fields[i]->type != typ) {
        if (i0 < i) {
          fields_(fields, tags, i0, i);
          out += sep;
          i0 = i;
        }
        typ = fields[i]->type;
      }
    }
    if (!fields.empty()) fields_(fields, tags, i0, fields.size());
  }

  void fields_(const std::vector<Field*>& fields, const std::vector<BasicLit*>& tags, size_t i,
               size_t j) {
    if (i + 1 == j && !fields[i]->name) {
      node(fields[i]->type);
    } else {
      for (size_t k = i; k < j; k++) {
        if (k > i) out += ", ";
        node(fields[k]->name);
      }
      out += " ";
      node(fields[i]->type);
    }
    if (i < tags.size() && tags[i]) {
      out += " ";
      node(tags[i]);
    }
  }

  void signature(const FuncType* sig) {
    paramList(sig->params);
    if (!sig->results.empty()) {
      out += " ";
      if (sig->results.size() == 1 && !sig->results[0]->name) {
        node(sig->results[0]->type);
      } else {
        paramList(sig->results);
      }
    }
  }

  void paramList(const std::vector<Field*>& l) {
    out += "(";
    for (size_t i = 0; i < l.size(); i++) {
      if (i > 0) out += ", ";
      const Field* f = l[i];
      if (f->name) {
        node(f->name);
        // names sharing the next field's type print together: (a, b int)
        if (i + 1 < l.size() && l[i + 1]->name && l[i + 1]->type == f->type) continue;
        out += " ";
      }
      node(f->type);
    }
    out += ")";
  }
};

}  // namespace

std::string exprString(const Node* n) {
  Printer p;
  p.node(n);
  return p.out;
}

}  // namespace minigo::syntax
