// analyze.cpp — escape analysis of a whole program: finds every function and function
// literal, orders the functions bottom-up over the strongly connected components of
// the call graph (Go's ir.VisitFuncsBottomUp: a reference to a function is an edge,
// literals belong to the function they are in), package by package in dependency
// order, and runs one batch per component.
#include "escape/batch.h"
#include "escape/escape.h"

#include "syntax/walk.h"

#include <llvm/Support/Casting.h>

#include <algorithm>
#include <functional>

namespace minigo::escape {

using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;
using llvm::isa;
using namespace syntax;
using namespace types;

namespace {

class ResultImpl final : public Result {
 public:
  explicit ResultImpl(std::unique_ptr<Analysis> a) : a_(std::move(a)) {}
  bool varEscapes(const Var* v) const override { return a_->escapingVars.count(v) != 0; }
  bool siteEscapes(const Node* n) const override { return a_->stackSites.count(n) == 0; }
  bool dddEscapes(const CallExpr* c) const override { return a_->stackDDD.count(c) == 0; }
  bool ptrLitEscapes(const CompositeLit* l) const override {
    return a_->stackPtrLits.count(l) == 0;
  }
  std::optional<bool> varOnHeap(const Var* v) const override {
    if (!a_->knownVars.count(v)) return std::nullopt;
    return a_->codegenHeapVars.count(v) != 0;
  }

 private:
  std::unique_ptr<Analysis> a_;
};

std::vector<Var*> signatureParams(Signature* sig) {
  std::vector<Var*> ps;
  if (sig->recv) ps.push_back(sig->recv);
  if (sig->params)
    for (Var* v : sig->params->vars) ps.push_back(v);
  return ps;
}

// The free variables of a literal: locals of enclosing functions it uses, with the
// position of each one's first use (that of Go's closure variable: a use inside a
// nested literal counts at that literal).
std::vector<Var*> captures(const Info& info, FuncLit* lit, std::vector<Pos>* firstUse) {
  Pos begin = lit->pos, end = endPos(lit);
  std::vector<Var*> free;
  std::vector<FuncLit*> nested;  // the nested literal being walked, innermost last
  // In Go's order of first references: an assignment's right-hand side first.
  std::function<bool(Node*)> inNested;
  std::function<bool(Node*)> visit;
  auto assignFirst = [](Node* n, const std::function<bool(Node*)>& f) {
    auto* as = dyn_cast<AssignStmt>(n);
    if (!as) return false;
    if (as->rhs) walk(as->rhs, f);
    walk(as->lhs, f);
    return true;
  };
  visit = [&](Node* n) {
    if (assignFirst(n, visit)) return false;
    if (auto* inner = dyn_cast<FuncLit>(n)) {
      if (nested.empty()) {
        nested.push_back(inner);
        walk(
            inner->body, inNested = [&](Node* m) {
              if (assignFirst(m, inNested)) return false;
              if (auto* name = dyn_cast<Name>(m)) {
                auto* v = dyn_cast_or_null<Var>(info.uses.lookup(name));
                if (!v || v->isGlobal || v->isField) return true;
                bool inside = v->pos.file == begin.file && !(v->pos < begin) && v->pos < end;
                if (!inside && std::find(free.begin(), free.end(), v) == free.end()) {
                  free.push_back(v);
                  firstUse->push_back(inner->pos);
                }
              }
              return true;
            });
        nested.pop_back();
        return false;
      }
    }
    if (auto* name = dyn_cast<Name>(n)) {
      auto* v = dyn_cast_or_null<Var>(info.uses.lookup(name));
      if (!v || v->isGlobal || v->isField) return true;
      bool inside = v->pos.file == begin.file && !(v->pos < begin) && v->pos < end;
      if (!inside && std::find(free.begin(), free.end(), v) == free.end()) {
        free.push_back(v);
        firstUse->push_back(name->pos);
      }
    }
    return true;
  };
  walk(lit->body, visit);
  return free;
}

class Collector {
 public:
  explicit Collector(Analysis& a) : a_(a) {}

  void package(Package* pkg) {
    std::vector<FuncInfo*> top;
    for (File* f : pkg->files) {
      for (Decl* d : f->decls) {
        auto* fd = dyn_cast<FuncDecl>(d);
        if (!fd) continue;
        auto* fobj = dyn_cast_or_null<Func>(a_.info.defs.lookup(fd->name));
        auto* sig = fobj ? dyn_cast_or_null<Signature>(fobj->type) : nullptr;
        if (!sig) continue;
        auto fi = std::make_unique<FuncInfo>();
        fi->node = fd;
        fi->obj = fobj;
        fi->sig = sig;
        fi->body = fd->body;
        fi->pkg = pkg;
        fi->params = signatureParams(sig);
        fi->name = fobj->name;
        if (sig->recv) {
          Type* rt = sig->recv->type;
          if (auto* p = dyn_cast<Pointer>(rt))
            fi->name = "(*" + typeText(pkg, p->elem) + ")." + fobj->name;
          else
            fi->name = typeText(pkg, rt) + "." + fobj->name;
        }
        FuncInfo* raw = fi.get();
        a_.funcs[fd] = std::move(fi);
        a_.byObj[fobj] = raw;
        if (!fd->body) {
          // Provided by the runtime: pointers passed to it are assumed to leak, unless
          // the declaration says //go:noescape, as in Go.
          bool noescape = hasDirective(fd, "//go:noescape");
          raw->tags.assign(raw->params.size(), Leaks{});
          for (size_t i = 0; i < raw->params.size(); i++)
            if (hasPointers(raw->params[i]->type) && !noescape) raw->tags[i].addHeap(0);
          raw->tagged = true;
          continue;
        }
        literals(raw, fd->body);
        top.push_back(raw);
      }
    }
    // Tarjan's algorithm: components come out callees first.
    for (FuncInfo* f : top)
      if (!index_.count(f)) visit(f);
    // Then the package's initialization of its variables.
    std::vector<VarDecl*> vars;
    for (File* f : pkg->files)
      for (Decl* d : f->decls)
        if (auto* vd = dyn_cast<VarDecl>(d); vd && vd->values) vars.push_back(vd);
    if (!vars.empty()) {
      auto fi = std::make_unique<FuncInfo>();
      fi->pkg = pkg;
      fi->name = "init";
      FuncInfo* raw = fi.get();
      inits_.push_back(std::move(fi));
      Batch(a_, {}).runPackageInit(raw, vars);
    }
  }

 private:
  Analysis& a_;
  llvm::DenseMap<FuncInfo*, int> index_, low_;
  std::vector<FuncInfo*> stack_;
  std::vector<std::unique_ptr<FuncInfo>> inits_;
  llvm::DenseSet<FuncInfo*> onStack_;
  int next_ = 0;

  // A compiler directive among the comment lines right above a declaration.
  bool hasDirective(const FuncDecl* fd, std::string_view directive) {
    const SourceFile* f = a_.prog.sources.file(fd->pos.file);
    if (!f) return false;
    std::string_view text = f->text();
    size_t end = text.rfind('\n', fd->pos.offset == 0 ? 0 : fd->pos.offset - 1);
    while (end != std::string_view::npos && end > 0) {
      size_t start = text.rfind('\n', end - 1);
      start = start == std::string_view::npos ? 0 : start + 1;
      std::string_view line = text.substr(start, end - start);
      while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r'))
        line.remove_suffix(1);
      if (!line.starts_with("//go:")) return false;
      if (line == directive) return true;
      if (start == 0) return false;
      end = start - 1;
    }
    return false;
  }

  void literals(FuncInfo* outer, Node* body) {
    walk(body, [&](Node* n) {
      auto* lit = dyn_cast<FuncLit>(n);
      if (!lit) {
        // x := func(...) {...} never reassigned: calls through x are static.
        return true;
      }
      auto* sig = dyn_cast_or_null<Signature>(a_.info.typeOf(lit));
      if (!sig) return false;
      auto fi = std::make_unique<FuncInfo>();
      fi->node = lit;
      fi->sig = sig;
      fi->body = lit->body;
      fi->outer = outer;
      fi->pkg = outer->pkg;
      fi->params = signatureParams(sig);
      fi->captures = captures(a_.info, lit, &fi->capturePos);
      // Go's closure names: f.func1, f.func2, f.func1.1, ...
      fi->name = outer->name + (outer->outer ? "." : ".func") + std::to_string(++outer->nlits);
      FuncInfo* raw = fi.get();
      a_.funcs[lit] = std::move(fi);
      outer->literals.push_back(raw);
      literals(raw, lit->body);
      return false;
    });
    staticFuncVars(body);
  }

  // Variables defined as a function literal and never assigned again nor addressed.
  void staticFuncVars(Node* body) {
    llvm::DenseMap<const Var*, FuncInfo*> cand;
    llvm::DenseSet<const Var*> spoiled;
    auto lhsVar = [&](Expr* e) -> const Var* {
      if (auto* n = dyn_cast<Name>(unparen(e))) return dyn_cast_or_null<Var>(a_.info.objectOf(n));
      return nullptr;
    };
    walk(body, [&](Node* n) {
      if (auto* as = dyn_cast<AssignStmt>(n)) {
        std::vector<Expr*> lhs, rhs;
        if (auto* l = dyn_cast<ListExpr>(as->lhs))
          lhs = l->elems;
        else
          lhs.push_back(as->lhs);
        if (as->rhs) {
          if (auto* l = dyn_cast<ListExpr>(as->rhs))
            rhs = l->elems;
          else
            rhs.push_back(as->rhs);
        }
        for (size_t i = 0; i < lhs.size(); i++) {
          const Var* v = lhsVar(lhs[i]);
          if (!v) continue;
          auto* lit = i < rhs.size() && lhs.size() == rhs.size()
                          ? dyn_cast<FuncLit>(unparen(rhs[i]))
                          : nullptr;
          auto* nm = dyn_cast<Name>(unparen(lhs[i]));
          bool defines = as->op == Operator::Def && nm && a_.info.defs.lookup(nm) == v;
          FuncInfo* named = nullptr;  // g := f, g := (*T).m
          if (defines && !lit && i < rhs.size() && lhs.size() == rhs.size()) {
            Expr* r = unparen(rhs[i]);
            Object* o = nullptr;
            if (auto* rn = dyn_cast<Name>(r)) o = a_.info.objectOf(rn);
            if (auto* rs = dyn_cast<SelectorExpr>(r)) {
              auto it = a_.info.selections.find(rs);
              if (it == a_.info.selections.end())
                o = a_.info.objectOf(rs->sel);
              else if (it->second.kind == SelectionKind::MethodExpr)
                o = it->second.obj;
            }
            if (auto* f = dyn_cast_or_null<Func>(o)) named = a_.byObj.lookup(f);
          }
          if (defines && (lit || named)) {
            if (FuncInfo* f = lit ? a_.funcOf(lit) : named) cand[v] = f;
          } else {
            spoiled.insert(v);
          }
        }
      } else if (auto* o = dyn_cast<Operation>(n); o && o->op == Operator::And && !o->y) {
        if (const Var* v = lhsVar(o->x)) spoiled.insert(v);
      } else if (auto* rc = dyn_cast<RangeClause>(n)) {
        std::vector<Expr*> lhs;
        if (auto* l = dyn_cast_or_null<ListExpr>(rc->lhs))
          lhs = l->elems;
        else if (rc->lhs)
          lhs.push_back(rc->lhs);
        for (Expr* e : lhs)
          if (const Var* v = lhsVar(e)) spoiled.insert(v);
      }
      return true;
    });
    for (auto& [v, f] : cand)
      if (!spoiled.count(v)) a_.staticFuncVars[v] = f;
  }

  // The declared functions fn refers to (from its body and its literals').
  std::vector<FuncInfo*> callees(FuncInfo* fn) {
    std::vector<FuncInfo*> out;
    walk(fn->body, [&](Node* n) {
      Object* o = nullptr;
      if (auto* name = dyn_cast<Name>(n)) o = a_.info.uses.lookup(name);
      if (auto* s = dyn_cast<SelectorExpr>(n)) {
        auto it = a_.info.selections.find(s);
        if (it != a_.info.selections.end()) o = it->second.obj;
      }
      if (auto* f = dyn_cast_or_null<Func>(o)) {
        FuncInfo* fi = a_.byObj.lookup(f);
        if (fi && !fi->tagged && fi->pkg == fn->pkg) out.push_back(fi);
      }
      return true;
    });
    return out;
  }

  void visit(FuncInfo* f) {
    index_[f] = low_[f] = next_++;
    stack_.push_back(f);
    onStack_.insert(f);
    for (FuncInfo* c : callees(f)) {
      if (!index_.count(c)) {
        visit(c);
        low_[f] = std::min(low_[f], low_[c]);
      } else if (onStack_.count(c)) {
        low_[f] = std::min(low_[f], index_[c]);
      }
    }
    if (low_[f] != index_[f]) return;
    std::vector<FuncInfo*> scc;
    for (;;) {
      FuncInfo* x = stack_.back();
      stack_.pop_back();
      onStack_.erase(x);
      scc.push_back(x);
      if (x == f) break;
    }
    std::reverse(scc.begin(), scc.end());
    Batch(a_, scc).run();
  }
};

}  // namespace

std::unique_ptr<Result> analyze(driver::Program& prog, const Options& opts, std::ostream& out) {
  auto a = std::make_unique<Analysis>(prog);
  a->m = opts.m;
  a->out = &out;
  Collector c(*a);
  for (Package* pkg : prog.packages) c.package(pkg);
  return std::make_unique<ResultImpl>(std::move(a));
}

}  // namespace minigo::escape
