using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Running;
using LrNotebooks.Core.Schedules;
using LrNotebooks.Core.Surfaces;

namespace LrNotebooks.Course.Tests;

public sealed class NamedStylesTests
{
    private static readonly Quadratic Bowl = Surface.Quadratic(0.1, 2);

    private static Trajectory Run(Optimizer optimizer, string? label = null) =>
        Descent.Run(Bowl, optimizer, [-2.5, 1.5], new RunOptions { Steps = 30, Label = label });

    private static (string Color, string Dash) Style(ChartJson chart, string name)
    {
        var line = chart.Trace(name).GetProperty("line");
        return (line.GetProperty("color").GetString()!, line.GetProperty("dash").GetString()!);
    }

    [Fact]
    public void The_same_optimizer_gets_the_same_style_in_two_different_charts_whatever_its_position()
    {
        var adam = Run(Optimizer.Adam(0.1), "Adam, η = 0.1");
        var sgd = Run(Optimizer.Sgd(0.1), "SGD, η = 0.1");
        var heavyBall = Run(Optimizer.Sgd(0.05, momentum: 0.9), "momentum, η = 0.05");
        var loss = new ChartJson(Plots.Loss(sgd, adam));
        var contour = new ChartJson(Plots.Contour(Bowl, adam, heavyBall));
        Assert.Equal(Style(loss, "Adam, η = 0.1"), Style(contour, "Adam, η = 0.1"));
        Assert.Equal(NamedStyles.Optimizer("Adam")!.Style.Color, Style(loss, "Adam, η = 0.1").Color);
        Assert.NotEqual(Style(loss, "SGD, η = 0.1"), Style(loss, "Adam, η = 0.1"));
        Assert.Equal(NamedStyles.Optimizer("momentum")!.Style.Color, Style(contour, "momentum, η = 0.05").Color);
    }

    [Fact]
    public void The_library_names_of_optimizers_find_their_row()
    {
        Assert.Equal("SGD (gradient descent)", NamedStyles.Optimizer(Optimizer.Sgd(0.1).Name)!.Name);
        Assert.Equal("momentum (heavy ball)", NamedStyles.Optimizer(Optimizer.Sgd(0.1, momentum: 0.9).Name)!.Name);
        Assert.Equal("Adam", NamedStyles.Optimizer(Optimizer.Adam(0.1).Name)!.Name);
        Assert.Equal("AdamW", NamedStyles.Optimizer(Optimizer.AdamW(0.1).Name)!.Name);
        Assert.Equal("RMSProp", NamedStyles.Optimizer(Optimizer.RmsProp(0.1).Name)!.Name);
        Assert.Equal("Adagrad", NamedStyles.Optimizer(Optimizer.Adagrad(0.1).Name)!.Name);
        Assert.Null(NamedStyles.Optimizer("the slow run"));
    }

    [Fact]
    public void The_same_schedule_gets_the_same_style_in_a_schedule_chart_and_a_line_chart()
    {
        var cosine = Schedule.Cosine(0.5, 150);
        var step = Schedule.Step(0.5, 50, 0.1);
        var schedules = new ChartJson(Plots.Schedules(150, step, cosine));
        var lines = new ChartJson(Plots.Lines("Loss", "step", "loss", [new Series("cosine", [0, 1, 2], [3, 2, 1]), new Series("constant", [0, 1, 2], [3, 2.5, 2])]));
        string plain = ScheduleLabels.Plain(cosine);
        Assert.Equal(Style(schedules, plain), Style(lines, "cosine"));
        Assert.NotEqual(Style(lines, "cosine"), Style(lines, "constant"));
    }

    [Fact]
    public void Every_style_of_a_table_differs_from_the_others_in_colour_and_dash_together()
    {
        foreach (var table in new[] { NamedStyles.Optimizers, NamedStyles.Schedules })
        {
            var pairs = table.Select(e => (e.Style.Color, e.Style.Dash)).ToList();
            Assert.Equal(pairs.Count, pairs.Distinct().Count());
        }
    }

    [Fact]
    public void The_optimizers_and_schedules_that_meet_in_the_course_differ_by_dash_not_only_by_colour()
    {
        string[] optimizers = ["SGD", "momentum", "Nesterov", "RMSProp", "Adagrad", "Adam"];
        Assert.Equal(optimizers.Length, optimizers.Select(n => NamedStyles.Optimizer(n)!.Style.Dash).Distinct().Count());
        string[] schedules = ["constant", "step decay", "exponential", "cosine", "warm-up + cosine", "one-cycle"];
        Assert.Equal(schedules.Length, schedules.Select(n => NamedStyles.Schedule(n)!.Style.Dash).Distinct().Count());
    }

    [Fact]
    public void Runs_of_one_optimizer_at_several_rates_are_styled_by_position()
    {
        var styles = NamedStyles.For(["SGD, η = 0.01", "SGD, η = 0.1", "SGD, η = 1"]);
        Assert.Equal(3, styles.Select(s => s.Color).Distinct().Count());
        Assert.Equal(SeriesStyle.At(1), styles[1]);
    }

    [Fact]
    public void Schedules_are_labelled_in_plain_words()
    {
        Assert.Equal("cosine, η₀ = 0.5, 150 steps", ScheduleLabels.Plain(Schedule.Cosine(0.5, 150)));
        Assert.Equal("step decay, η₀ = 0.5, × 0.1 every 50 steps", ScheduleLabels.Plain(Schedule.Step(0.5, 50, 0.1)));
        Assert.Equal("constant, η = 0.1", ScheduleLabels.Plain(Schedule.Constant(0.1)));
        var warm = Schedule.Sequence([Schedule.Linear(0.5, 0.01, 1, 10), Schedule.Cosine(0.5, 140)], [10]);
        Assert.Equal("warm-up 10 steps + cosine, η₀ = 0.5, 140 steps", ScheduleLabels.Plain(warm));
        Assert.Equal("warm-up + cosine", NamedStyles.Schedule(ScheduleLabels.Plain(warm))!.Name);
        var names = new ChartJson(Plots.Schedules(150, Schedule.Cosine(0.5, 150))).Names;
        Assert.Contains("cosine, η₀ = 0.5, 150 steps", names);
        Assert.DoesNotContain(names, n => n.Contains("T_max", StringComparison.Ordinal));
    }

    [Fact]
    public void Smooth_schedules_are_drawn_smooth_and_step_decay_as_a_staircase()
    {
        var chart = new ChartJson(Plots.Schedules(150, Schedule.Step(0.5, 50, 0.1), Schedule.Cosine(0.5, 150), Schedule.Exponential(0.5, 0.98)));
        string? Shape(string name) => chart.Trace(name).GetProperty("line").TryGetProperty("shape", out var s) ? s.GetString() : null;
        Assert.Equal("hv", Shape("step decay, η₀ = 0.5, × 0.1 every 50 steps"));
        Assert.NotEqual("hv", Shape("cosine, η₀ = 0.5, 150 steps"));
        Assert.NotEqual("hv", Shape("exponential, η₀ = 0.5, × 0.98 per step"));
    }
}
