#include "Interrupt.h"

#include <atomic>
#include <csignal>
#include <cstdlib>

#ifdef _WIN32
#include <windows.h>
#endif

namespace rapport::cli {
namespace {

std::atomic<int> g_interrupts{0};

#ifdef _WIN32
BOOL WINAPI onConsoleEvent(DWORD event)
{
    if (event != CTRL_C_EVENT && event != CTRL_BREAK_EVENT)
        return FALSE;
    if (g_interrupts.fetch_add(1) > 0)
        return FALSE; // the default handler ends the process
    return TRUE;
}
#else
extern "C" void onSigint(int)
{
    if (g_interrupts.fetch_add(1) > 0)
        std::_Exit(130);
}
#endif

} // namespace

void catchInterrupt()
{
#ifdef _WIN32
    SetConsoleCtrlHandler(onConsoleEvent, TRUE);
#else
    struct sigaction action = {};
    action.sa_handler = onSigint;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
#endif
}

bool interrupted()
{
    return g_interrupts.load() > 0;
}

} // namespace rapport::cli
