#pragma once

namespace rapport::cli {

// Ctrl+C (SIGINT, or the Windows console's Ctrl+C / Ctrl+Break) sets a flag instead of killing the process,
// so long work can stop at a safe point and roll back. A second Ctrl+C ends the process as usual.
void catchInterrupt();
bool interrupted();

} // namespace rapport::cli
