#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace rapport {

// A failure a caller can act on: `code` is stable for programs and tests, `message` is for people.
struct Error
{
    QString code;
    QString message;
};

// Value or error. Core never throws across the API; callers check ok() and read value() or error().
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T& value() { return std::get<T>(m_state); }
    const T& value() const { return std::get<T>(m_state); }
    T&& take() { return std::get<T>(std::move(m_state)); }
    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

struct Ok
{
};
using Status = Result<Ok>;

inline Error makeError(const QString& code, const QString& message)
{
    return Error{code, message};
}

} // namespace rapport
