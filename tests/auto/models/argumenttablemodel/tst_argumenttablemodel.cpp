#include "models/argumenttablemodel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace TheEye;
using namespace Qt::StringLiterals;

namespace {

QStringList labels(const ArgumentTableModel &model)
{
    QStringList list;
    for (const TaskArgument &argument : model.arguments())
        list.append(argument.label());
    return list;
}

QList<int> orders(const ArgumentTableModel &model)
{
    QList<int> list;
    for (const TaskArgument &argument : model.arguments())
        list.append(argument.order());
    return list;
}

void fill(ArgumentTableModel &model)
{
    model.setArguments({});
    for (const QString &label : {u"a"_s, u"b"_s, u"c"_s, u"d"_s})
        model.addArgument(TaskArgument::create(TaskArgument::Type::Input, 0, 0, label));
}

} // namespace

class TestArgumentTableModel final : public QObject
{
    Q_OBJECT

private slots:
    void addAssignsIdsAndOrders()
    {
        ArgumentTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        fill(model);
        QCOMPARE(orders(model), (QList<int>{0, 1, 2, 3}));
        QCOMPARE(model.argument(3).id(), 4);
        model.removeRows(1, 1);
        QCOMPARE(labels(model), (QStringList{u"a"_s, u"c"_s, u"d"_s}));
        QCOMPARE(orders(model), (QList<int>{0, 1, 2}));
        QCOMPARE(model.addArgument(TaskArgument::create(TaskArgument::Type::Boolean, 0, 0, u"e"_s)),
                 3);
        QCOMPARE(model.argument(3).id(), 5); // max + 1, never reused
    }

    void setArgumentsSortsByOrder()
    {
        ArgumentTableModel model;
        model.setArguments({TaskArgument::create(TaskArgument::Type::Input, 1, 2, u"third"_s),
                            TaskArgument::create(TaskArgument::Type::Fixed, 2, 0, u"first"_s),
                            TaskArgument::create(TaskArgument::Type::Input, 3, 5, u"fourth"_s),
                            TaskArgument::create(TaskArgument::Type::Input, 4, 1, u"second"_s)});
        QCOMPARE(labels(model), (QStringList{u"first"_s, u"second"_s, u"third"_s, u"fourth"_s}));
        QCOMPARE(orders(model), (QList<int>{0, 1, 2, 3}));
    }

    void movesWithButtons_data()
    {
        QTest::addColumn<bool>("up");
        QTest::addColumn<int>("row");
        QTest::addColumn<bool>("moved");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("up") << true << 2 << true << QStringList{u"a"_s, u"c"_s, u"b"_s, u"d"_s};
        QTest::newRow("down") << false << 1 << true << QStringList{u"a"_s, u"c"_s, u"b"_s, u"d"_s};
        QTest::newRow("top cannot go up")
            << true << 0 << false << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s};
        QTest::newRow("bottom cannot go down")
            << false << 3 << false << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s};
    }

    void movesWithButtons()
    {
        QFETCH(bool, up);
        QFETCH(int, row);
        QFETCH(bool, moved);
        QFETCH(QStringList, expected);
        ArgumentTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        fill(model);
        QCOMPARE(up ? model.moveUp(row) : model.moveDown(row), moved);
        QCOMPARE(labels(model), expected);
        QCOMPARE(orders(model), (QList<int>{0, 1, 2, 3}));
    }

    void movesByDragAndDrop_data()
    {
        QTest::addColumn<QList<int>>("dragged");
        QTest::addColumn<int>("dropRow");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("last to first")
            << QList<int>{3} << 0 << QStringList{u"d"_s, u"a"_s, u"b"_s, u"c"_s};
        QTest::newRow("first to end")
            << QList<int>{0} << -1 << QStringList{u"b"_s, u"c"_s, u"d"_s, u"a"_s};
        QTest::newRow("first before third")
            << QList<int>{0} << 2 << QStringList{u"b"_s, u"a"_s, u"c"_s, u"d"_s};
        QTest::newRow("two rows to the top")
            << QList<int>{1, 3} << 0 << QStringList{u"b"_s, u"d"_s, u"a"_s, u"c"_s};
    }

    void movesByDragAndDrop()
    {
        QFETCH(QList<int>, dragged);
        QFETCH(int, dropRow);
        QFETCH(QStringList, expected);
        ArgumentTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        fill(model);
        QModelIndexList indexes;
        for (int row : dragged)
            indexes.append(model.index(row, ArgumentTableModel::LabelColumn));
        std::unique_ptr<QMimeData> data(model.mimeData(indexes));
        QVERIFY(model.canDropMimeData(data.get(), Qt::MoveAction, dropRow, 0, {}));
        QVERIFY(!model.canDropMimeData(data.get(), Qt::CopyAction, dropRow, 0, {}));
        // false: the model moved the rows itself, so the view must not remove any "source" rows.
        QVERIFY(!model.dropMimeData(data.get(), Qt::MoveAction, dropRow, 0, {}));
        QCOMPARE(labels(model), expected);
        QCOMPARE(orders(model), (QList<int>{0, 1, 2, 3}));
    }

    void refusesRowsOfAnotherModel()
    {
        ArgumentTableModel first;
        ArgumentTableModel second;
        fill(first);
        fill(second);
        std::unique_ptr<QMimeData> data(first.mimeData({first.index(0, 0)}));
        QVERIFY(first.canDropMimeData(data.get(), Qt::MoveAction, 2, 0, {}));
        QVERIFY(!second.canDropMimeData(data.get(), Qt::MoveAction, 2, 0, {}));
        QVERIFY(!second.dropMimeData(data.get(), Qt::MoveAction, 2, 0, {}));
        QCOMPARE(labels(second), (QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s}));
    }

    void editsOnlyFixedValuesInPlace()
    {
        ArgumentTableModel model;
        model.addArgument(TaskArgument::create(TaskArgument::Type::Fixed, 0, 0, u"token"_s));
        model.addArgument(TaskArgument::create(TaskArgument::Type::Input, 0, 0, u"name"_s));
        QVERIFY(model.flags(model.index(0, ArgumentTableModel::ValueColumn)) & Qt::ItemIsEditable);
        QVERIFY(
            !(model.flags(model.index(1, ArgumentTableModel::ValueColumn)) & Qt::ItemIsEditable));
        QCOMPARE(model.problems().size(), 1); // the fixed value is empty
        QVERIFY(model.setData(model.index(0, ArgumentTableModel::ValueColumn), u"s3cret"_s));
        QVERIFY(!model.setData(model.index(1, ArgumentTableModel::ValueColumn), u"x"_s));
        QVERIFY(model.problems().isEmpty());
        QCOMPARE(model.argument(0).value(), u"s3cret"_s);
        TaskArgument masked = model.argument(0);
        masked.setMasked(true);
        model.replaceArgument(0, masked);
        QCOMPARE(model.index(0, ArgumentTableModel::ValueColumn).data().toString(),
                 QString(6, QChar(0x2022)));
        QCOMPARE(model.index(0, ArgumentTableModel::ValueColumn).data(Qt::EditRole).toString(),
                 u"s3cret"_s);
    }

    void envRowsReportProblems()
    {
        EnvTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEnv({{u"API_KEY"_s, u"x"_s}, {u"EMPTY"_s, QString()}});
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.problem(0).isEmpty());
        QVERIFY(model.problem(1).contains(u"EMPTY"_s));
        const int row = model.addRow(u"API_KEY"_s, u"y"_s);
        QVERIFY(model.problem(row).contains(u"more than once"_s));
        QVERIFY(model.problem(0).contains(u"more than once"_s));
        QVERIFY(model.setData(model.index(row, EnvTableModel::KeyColumn), u"1BAD"_s));
        QVERIFY(model.problem(row).contains(u"not a valid"_s));
        QVERIFY(model.problem(0).isEmpty());
        QVERIFY(model.removeRows(row, 1));
        QVERIFY(model.setData(model.index(1, EnvTableModel::ValueColumn), u"v"_s));
        QVERIFY(model.problems().isEmpty());
        QCOMPARE(model.env(),
                 (QMap<QString, QString>{{u"API_KEY"_s, u"x"_s}, {u"EMPTY"_s, u"v"_s}}));
    }
};

QTEST_GUILESS_MAIN(TestArgumentTableModel)
#include "tst_argumenttablemodel.moc"
