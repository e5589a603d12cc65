using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Course.Tests;

public sealed class SchedulesChartTests
{
    [Fact]
    public void One_step_shaped_line_per_schedule_named_after_it()
    {
        var json = new ChartJson(Plots.Schedules(50, new ConstantSchedule(0.1), new ConstantSchedule(0.05)));
        Assert.Equal(["constant, η = 0.1", "constant, η = 0.05"], json.Names);
        Assert.Equal("Learning-rate schedules", json.Title);
        Assert.Equal("step", json.AxisTitle("xaxis"));
        Assert.Equal("learning rate", json.AxisTitle("yaxis"));
        var trace = json.Trace("constant, η = 0.1");
        Assert.Equal(50, ChartJson.Numbers(trace, "x").Length);
        Assert.All(ChartJson.Numbers(trace, "y"), v => Assert.Equal(0.1, v));
        Assert.Equal("hv", trace.GetProperty("line").GetProperty("shape").GetString());
        Assert.Contains("learning rate", trace.GetProperty("hovertemplate").GetString());
    }

    [Fact]
    public void Log_axis_when_most_rates_are_two_decades_below_the_peak_linear_otherwise_or_as_requested()
    {
        Assert.Equal("linear", new ChartJson(Plots.Schedules(10, new ConstantSchedule(0.1))).AxisType("yaxis"));
        Assert.Equal("Learning-rate schedule", new ChartJson(Plots.Schedules(10, new ConstantSchedule(0.1))).Title);
        Assert.Equal("log", new ChartJson(Plots.Schedules(10, new ConstantSchedule(0.1), new ConstantSchedule(0.001), new ConstantSchedule(1e-4))).AxisType("yaxis"));
        // Half the steps at the peak: a linear axis shows the shape best, however low the rest goes.
        Assert.Equal("linear", new ChartJson(Plots.Schedules(10, new ConstantSchedule(0.1), new ConstantSchedule(1e-6))).AxisType("yaxis"));
        Assert.Equal("log", new ChartJson(Plots.Schedules(10, [new ConstantSchedule(0.1)], logY: true)).AxisType("yaxis"));
        Assert.Equal("linear", new ChartJson(Plots.Schedules(10, [new ConstantSchedule(0.1), new ConstantSchedule(1e-5)], logY: false)).AxisType("yaxis"));
    }

    [Fact]
    public void Zero_rates_are_left_out_of_a_log_axis_and_the_chart_says_so()
    {
        var json = new ChartJson(Plots.Schedules(10, [new ConstantSchedule(0.1), new ConstantSchedule(0)], logY: true, title: "zero"));
        Assert.All(ChartJson.Numbers(json.Trace("constant, η = 0"), "y"), v => Assert.Null(v));
        Assert.Contains("10 rate(s) ≤ 0 not shown on the log axis", json.AnnotationTexts);
    }

    [Fact]
    public void Bad_input_names_the_parameter()
    {
        Assert.Equal("steps", Assert.Throws<ArgumentOutOfRangeException>(() => Plots.Schedules(0, new ConstantSchedule(0.1))).ParamName);
        Assert.Equal("schedules", Assert.Throws<ArgumentException>(() => Plots.Schedules(10)).ParamName);
        Assert.Equal("schedules", Assert.Throws<ArgumentNullException>(() => Plots.Schedules(10, (Schedule[])null!)).ParamName);
        Assert.Equal("schedules", Assert.Throws<ArgumentNullException>(() => Plots.Schedules(10, new ConstantSchedule(0.1), null!)).ParamName);
    }
}
