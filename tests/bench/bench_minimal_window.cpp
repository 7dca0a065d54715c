// The start-up floor: the smallest Qt Quick Controls program like the app (Material style,
// a 400x800 ApplicationWindow with a header, a label and a button), which prints the same JSON
// line as `handbook --bench-startup` at its first frame and exits.
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {

qint64 monotonicNs()
{
    timespec now {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

// VmHWM of /proc/self/status, in KiB.
qint64 peakRssKb()
{
    FILE *status = std::fopen("/proc/self/status", "r");
    if (!status)
        return 0;
    char line[256];
    long long kb = 0;
    while (std::fgets(line, sizeof line, status)) {
        if (std::sscanf(line, "VmHWM: %lld kB", &kb) == 1)
            break;
    }
    std::fclose(status);
    return kb;
}

const char *kQml = R"QML(
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

ApplicationWindow {
    width: 400
    height: 800
    visible: true
    title: "Sổ tay đảng viên"
    header: ToolBar {
        Label { anchors.centerIn: parent; text: "Sổ tay đảng viên"; font.pixelSize: 22 }
    }
    Column {
        anchors.centerIn: parent
        spacing: 16
        Label { text: "Xin chào"; font.pixelSize: 22 }
        Button { text: "Mở khóa"; font.pixelSize: 22 }
    }
}
)QML";

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(u"Material"_s);
    QQmlApplicationEngine engine;
    engine.loadData(QByteArray(kQml));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return 1;
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [] {
            const qint64 frame = monotonicNs();
            std::printf(
                "{\"first_frame_ns\": %lld, \"home_frame_ns\": %lld, \"vm_hwm_kb\": %lld}\n",
                static_cast<long long>(frame), static_cast<long long>(frame),
                static_cast<long long>(peakRssKb()));
            std::fflush(stdout);
            QCoreApplication::exit(0);
        },
        Qt::SingleShotConnection);
    QTimer::singleShot(30000, &app, [] { QCoreApplication::exit(1); });
    return QGuiApplication::exec();
}
