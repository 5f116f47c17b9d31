#pragma once
// One include for Catch2 2.x (Debian 12) and 3.x (Homebrew, vcpkg).
#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_all.hpp>
#define RAPPORT_CATCH3 1
#else
#include <catch2/catch.hpp>
#endif

#include <QString>

#include <ostream>

// Let failed assertions print QStrings readably.
inline std::ostream& operator<<(std::ostream& os, const QString& s)
{
    return os << '"' << s.toStdString() << '"';
}
