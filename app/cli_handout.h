#pragma once

namespace sockscope {

// `sockscope-cli handout ...`, called from main() before any application object exists (it
// makes its own QApplication). Returns the exit status.
int handoutMain(int argc, char **argv);

} // namespace sockscope
