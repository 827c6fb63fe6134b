// debuginfo.cpp — DWARF line tables (minigo build -g), so that gdb and perf map code
// back to Go source lines.
//
// Each Go function (declared or literal) gets a DISubprogram in the file that declares
// it, and every statement sets the builder's location to its own line and column, so
// every instruction a statement produces carries it. Compiler-made functions
// (wrappers, thunks, equality and hash functions, package initialisers) have no
// subprogram and their instructions no location: LLVM requires a location's scope to
// belong to the function holding the instruction, so code generation switches the
// current location whenever it starts or finishes another function (saveDebug /
// restoreDebug around nested generation).
#include "codegen/irgen.h"

#include <llvm/BinaryFormat/Dwarf.h>
#include <llvm/IR/DIBuilder.h>

#include <filesystem>

namespace minigo::codegen {

void IRGen::initDebugInfo() {
  if (!debugInfo) return;
  dib = std::make_unique<llvm::DIBuilder>(*mod);
  const SourceFile* mainFile = nullptr;
  if (!prog.mainPkg->files.empty()) mainFile = prog.sources.file(prog.mainPkg->files[0]->pos.file);
  llvm::DIFile* file = debugFile(mainFile ? mainFile->id() : 0);
  cu = dib->createCompileUnit(llvm::dwarf::DW_LANG_Go, file, "minigo", optimized, "", 0, "",
                              llvm::DICompileUnit::LineTablesOnly);
  mod->addModuleFlag(llvm::Module::Warning, "Dwarf Version", 5);
  mod->addModuleFlag(llvm::Module::Warning, "Debug Info Version", llvm::DEBUG_METADATA_VERSION);
}

void IRGen::finishDebugInfo() {
  if (dib) dib->finalize();
}

llvm::DIFile* IRGen::debugFile(uint32_t fileId) {
  if (auto it = debugFiles_.find(fileId); it != debugFiles_.end()) return it->second;
  std::string path = "<unknown>";
  if (const SourceFile* f = prog.sources.file(fileId)) path = f->path();
  std::filesystem::path p = std::filesystem::absolute(path).lexically_normal();
  llvm::DIFile* f = dib->createFile(p.filename().string(), p.parent_path().string());
  debugFiles_[fileId] = f;
  return f;
}

void IRGen::beginDebugFunction(llvm::Function* fn, const std::string& goName, Pos pos) {
  if (!dib || !pos.known()) {
    b.SetCurrentDebugLocation(llvm::DebugLoc());
    return;
  }
  llvm::DIFile* file = debugFile(pos.file);
  unsigned line = prog.sources.lineCol(pos).line;
  llvm::DISubroutineType* ty = dib->createSubroutineType(dib->getOrCreateTypeArray({}));
  llvm::DISubprogram* sp =
      dib->createFunction(file, goName, fn->getName(), file, line, ty, line,
                          llvm::DINode::FlagPrototyped, llvm::DISubprogram::SPFlagDefinition);
  fn->setSubprogram(sp);
  fs->debugScope = sp;
  setDebugLocation(pos);
}

void IRGen::setDebugLocation(Pos pos) {
  if (!dib || !fs || !fs->debugScope || !pos.known()) return;
  LineCol lc = prog.sources.lineCol(pos);
  b.SetCurrentDebugLocation(llvm::DILocation::get(ctx, lc.line, lc.col, fs->debugScope));
}

}  // namespace minigo::codegen
