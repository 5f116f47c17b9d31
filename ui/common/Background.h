#pragma once

#include <QEventLoop>
#include <QThread>

#include <memory>
#include <optional>
#include <utility>

namespace rapport {

// Runs `work` on its own thread and waits for it with a local event loop, so the window keeps painting
// (and a progress dialog keeps moving) meanwhile. `work` must not touch widgets or the GUI's database
// connection; it returns its result by value.
template <typename Work>
auto runInBackground(Work work) -> decltype(work())
{
    std::optional<decltype(work())> result;
    QEventLoop loop;
    QThread* thread = QThread::create([&result, &work] { result.emplace(work()); });
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    thread->wait();
    delete thread;
    return std::move(*result);
}

// Starts `work` on its own low-priority thread and returns at once; `done(result)` is called later on
// `context`'s thread, unless `context` is gone by then. The thread deletes itself when it ends; the returned
// pointer is for waiting on it and is valid until `done` runs.
template <typename Work, typename Done>
QThread* startInBackground(QObject* context, Work work, Done done)
{
    auto result = std::make_shared<std::optional<decltype(work())>>();
    QThread* thread = QThread::create([result, work = std::move(work)]() mutable { result->emplace(work()); });
    QObject::connect(thread, &QThread::finished, context, [result, done = std::move(done)]() mutable {
        done(std::move(**result));
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
    return thread;
}

} // namespace rapport
