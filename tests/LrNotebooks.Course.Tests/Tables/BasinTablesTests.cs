using LrNotebooks.Core.Analysis;

namespace LrNotebooks.Course.Tests;

public sealed class BasinTablesTests
{
    [Fact]
    public void A_census_table_has_one_row_per_rate()
    {
        BasinCensus[] census = [new(0.05, 61, 30, 30, 1, 0, 30, 0), new(0.7, 61, 49, 11, 1, 0, 30, 19)];

        ResultTable table = census.Table();

        Assert.Equal(["η", "→ global", "→ local", "elsewhere", "trapped starts that escaped", "share"], table.Columns);
        Assert.Equal(["0.7", "49", "11", "1", "19 of 30", "63.3%"], table.Rows[1]);
    }
}
