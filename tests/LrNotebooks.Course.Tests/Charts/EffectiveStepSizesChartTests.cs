namespace LrNotebooks.Course.Tests;

public sealed class EffectiveStepSizesChartTests
{
    private static readonly Bowl Bowl = new();

    [Fact]
    public void One_line_per_parameter_per_run_on_a_log_axis()
    {
        var sgd = TestRuns.Descend(Bowl, 0.2, [-2.5, 1.5], 20, "SGD");
        var ada = TestRuns.WithShrinkingSteps(TestRuns.Descend(Bowl, 0.3, [-2.5, 1.5], 20, "Adagrad"));
        var json = new ChartJson(Plots.EffectiveStepSizes(sgd, ada));
        Assert.Equal(["SGD · x", "SGD · y", "Adagrad · x", "Adagrad · y"], json.Names);
        Assert.Equal("log", json.AxisType("yaxis"));
        Assert.Equal("effective step size (per parameter)", json.AxisTitle("yaxis"));
        Assert.Equal("step", json.AxisTitle("xaxis"));
        Assert.Equal(ada.EffectiveStepSizes.Select(e => (double?)e[1]), ChartJson.Numbers(json.Trace("Adagrad · y"), "y"));
        Assert.NotEqual(json.Trace("SGD · x").GetProperty("line").GetProperty("dash").GetString(),
            json.Trace("SGD · y").GetProperty("line").GetProperty("dash").GetString());
        Assert.Contains("learning rate %{customdata}", json.Trace("SGD · x").GetProperty("hovertemplate").GetString());
    }

    [Fact]
    public void A_diverged_run_is_labelled()
    {
        var run = TestRuns.Descend(Bowl, 0.6, [-2.5, 1.5], 200, "too high");
        var json = new ChartJson(Plots.EffectiveStepSizes(run));
        Assert.Contains($"too high — {run.Status} · x", json.Names);
        Assert.Contains(run.Status.ToString(), json.AnnotationTexts);
    }

    [Fact]
    public void Bad_input_names_the_parameter()
    {
        var run = TestRuns.Descend(Bowl, 0.2, [-2.5, 1.5], 5, "r");
        Assert.Equal("runs", Assert.Throws<ArgumentException>(() => Plots.EffectiveStepSizes(run with { EffectiveStepSizes = [] })).ParamName);
        Assert.Equal("runs", Assert.Throws<ArgumentException>(() => Plots.EffectiveStepSizes(run with { EffectiveStepSizes = [[0.1, 0.1], [0.1]] })).ParamName);
        Assert.Equal("runs", Assert.Throws<ArgumentException>(() => Plots.EffectiveStepSizes()).ParamName);
    }
}
