using LrNotebooks.Core.Running;

namespace LrNotebooks.Course.Tests;

public sealed class LossChartTests
{
    private static readonly Bowl Bowl = new();
    private static Trajectory Good => TestRuns.Descend(Bowl, 0.2, [-2.5, 1.5], 40, "good");
    private static Trajectory Diverged => TestRuns.Descend(Bowl, 0.6, [-2.5, 1.5], 200, "too high");

    [Fact]
    public void One_line_per_run_on_a_log_axis_with_titles_and_units()
    {
        var json = new ChartJson(Plots.Loss(Good, TestRuns.Descend(Bowl, 0.05, [-2.5, 1.5], 40, "slow")));
        Assert.Equal(["good", "slow"], json.Names);
        Assert.Equal("Loss per step", json.Title);
        Assert.Equal("step", json.AxisTitle("xaxis"));
        Assert.Equal("loss f(x)", json.AxisTitle("yaxis"));
        Assert.Equal("log", json.AxisType("yaxis"));
        Assert.Equal("linear", json.AxisType("xaxis"));
        Assert.True(json.Layout.GetProperty("showlegend").GetBoolean());
        var y = ChartJson.Numbers(json.Trace("good"), "y");
        Assert.Equal(Good.Losses.Select(v => (double?)v), y);
        Assert.Equal(Enumerable.Range(0, 41).Select(i => (double?)i), ChartJson.Numbers(json.Trace("good"), "x"));
        Assert.NotEqual(json.Trace("good").GetProperty("line").GetProperty("color").GetString(),
            json.Trace("slow").GetProperty("line").GetProperty("color").GetString());
    }

    [Fact]
    public void Hover_shows_step_learning_rate_and_loss()
    {
        var trace = new ChartJson(Plots.Loss(Good)).Trace("good");
        var template = trace.GetProperty("hovertemplate").GetString()!;
        Assert.Contains("step %{x}", template);
        Assert.Contains("learning rate %{customdata[0]}", template);
        Assert.Contains("loss %{customdata[1]}", template);
        var custom = trace.GetProperty("customdata").EnumerateArray().ToList();
        Assert.Equal(41, custom.Count);
        Assert.Equal("(start)", custom[0][0].GetString());
        Assert.Equal("0.2", custom[1][0].GetString());
    }

    [Fact]
    public void A_diverged_run_is_labelled_with_its_step_in_the_legend_and_next_to_its_last_point()
    {
        var run = Diverged;
        Assert.True(run.Status.Diverged);
        string label = $"diverged at step {run.Status.Step}";
        var json = new ChartJson(Plots.Loss(Good, run));
        Assert.Contains($"too high — {label}", json.Names);
        Assert.Contains(label, json.AnnotationTexts);
        var cross = json.Traces.Single(t => ChartJson.Str(t, "name") == label);
        Assert.Equal("x", cross.GetProperty("marker").GetProperty("symbol").GetString());
        Assert.Equal(run.StepsTaken, ChartJson.Numbers(cross, "x")[0]);
        Assert.Equal(run.FinalLoss, ChartJson.Numbers(cross, "y")[0]);
        // The annotation sits on the log axis at log10 of the loss.
        var note = json.Layout.GetProperty("annotations").EnumerateArray().Single(a => a.GetProperty("text").GetString() == label);
        Assert.Equal(Math.Log10(run.FinalLoss), note.GetProperty("y").GetDouble(), 9);
    }

    [Fact]
    public void Labels_of_runs_diverging_a_few_steps_apart_alternate_above_and_below_their_cross()
    {
        var runs = new[] { 0.6, 0.8 }.Select(lr => TestRuns.Descend(Bowl, lr, [-2.5, 1.5], 200, $"lr {lr}")).ToArray();
        var json = new ChartJson(Plots.Loss(Good, runs[0], runs[1]));
        var labels = runs.Select(r => json.Layout.GetProperty("annotations").EnumerateArray()
            .Single(a => a.GetProperty("text").GetString() == r.Status.ToString())).ToList();
        Assert.True(labels[0].GetProperty("ay").GetDouble() < 0);
        Assert.True(labels[1].GetProperty("ay").GetDouble() > 0);
        Assert.All(labels, a => Assert.True(a.GetProperty("ax").GetDouble() > 0));
    }

    [Fact]
    public void With_a_surface_whose_minimum_is_not_zero_the_gap_to_f_star_is_plotted_and_named()
    {
        var shifted = new Bowl(0.5, 2, -3);
        var run = TestRuns.Descend(shifted, 0.2, [-2.5, 1.5], 20, "run");
        var json = new ChartJson(Plots.Loss(shifted, run));
        Assert.Equal("loss gap f(x) − f*   (f* = -3)", json.AxisTitle("yaxis"));
        var y = ChartJson.Numbers(json.Trace("run"), "y");
        for (int i = 0; i < y.Length; i++) Assert.Equal(run.Losses[i] + 3, y[i]!.Value, 12);
    }

    [Fact]
    public void With_a_surface_whose_minimum_is_zero_the_axis_is_plain_loss()
    {
        var json = new ChartJson(Plots.Loss(Bowl, Good));
        Assert.Equal("loss f(x)", json.AxisTitle("yaxis"));
    }

    [Fact]
    public void Linear_axis_on_request_and_when_raw_losses_are_negative()
    {
        Assert.Equal("linear", new ChartJson(Plots.Loss([Good], logY: false, title: "Mine")).AxisType("yaxis"));
        Assert.Equal("Mine", new ChartJson(Plots.Loss([Good], logY: false, title: "Mine")).Title);
        var negative = TestRuns.Descend(new Bowl(0.5, 2, -3), 0.2, [-2.5, 1.5], 20, "below zero");
        var json = new ChartJson(Plots.Loss(negative));
        Assert.Equal("linear", json.AxisType("yaxis"));
        Assert.Contains("linear: some losses are negative", json.AxisTitle("yaxis"));
    }

    [Fact]
    public void Small_positive_losses_are_drawn_at_their_true_value_on_the_log_axis()
    {
        // A fast run: 1e-20 and 1e-30 are real values, far below 1e-16 x the start, and must not be lifted to a floor.
        double[] losses = [1, 1e-5, 1e-10, 1e-20, 1e-30];
        var run = Good with { Points = losses.Select(_ => new[] { 0.0, 0.0 }).ToArray(), Losses = losses, LearningRates = [0.1, 0.1, 0.1, 0.1] };
        var json = new ChartJson(Plots.Loss(run));
        Assert.Equal(losses.Select(v => (double?)v), ChartJson.Numbers(json.Trace("good"), "y"));
        Assert.Empty(json.AnnotationTexts);
    }

    [Fact]
    public void Only_exact_zeros_are_drawn_at_a_tenth_of_the_smallest_positive_loss_of_the_chart()
    {
        var run = Good with { Losses = Good.Losses.Select((v, i) => i > 30 ? 0.0 : v).ToArray() };
        var other = TestRuns.Descend(Bowl, 0.05, [-2.5, 1.5], 40, "slow");
        var json = new ChartJson(Plots.Loss(run, other));
        var y = ChartJson.Numbers(json.Trace("good"), "y");
        double smallest = run.Losses.Concat(other.Losses).Where(v => v > 0).Min();
        Assert.Equal(run.Losses.Take(31).Select(v => (double?)v), y.Take(31));
        Assert.All(y.Skip(31), v => Assert.Equal(smallest / 10, v!.Value));
        Assert.Equal([$"10 losses of 0 drawn at {NumberText.Short(smallest / 10)}"], json.AnnotationTexts);
        // The hover still tells the true value.
        Assert.Equal("0", json.Trace("good").GetProperty("customdata")[40][1].GetString());
    }

    [Fact]
    public void Run_labels_with_markup_characters_are_escaped()
    {
        var run = Good with { Label = "η < 2/L & more" };
        Assert.Equal(["η &lt; 2/L &amp; more"], new ChartJson(Plots.Loss(run)).Names);
        var diverged = Diverged with { Label = "η > 2/L" };
        Assert.Contains($"η &gt; 2/L — {diverged.Status}", new ChartJson(Plots.Loss(diverged)).Names);
    }

    [Fact]
    public void Bad_input_names_the_parameter()
    {
        Assert.Equal("runs", Assert.Throws<ArgumentNullException>(() => Plots.Loss((Trajectory[])null!)).ParamName);
        Assert.Equal("runs", Assert.Throws<ArgumentException>(() => Plots.Loss()).ParamName);
        Assert.Equal("runs", Assert.Throws<ArgumentNullException>(() => Plots.Loss(Good, null!)).ParamName);
        var mismatched = Good with { Losses = Good.Losses.Take(5).ToArray() };
        var ex = Assert.Throws<ArgumentException>(() => Plots.Loss(mismatched));
        Assert.Equal("runs", ex.ParamName);
        Assert.Contains("one loss per point", ex.Message);
        var noRates = Good with { LearningRates = [] };
        Assert.Contains("learning rate for each of its 40 steps", Assert.Throws<ArgumentException>(() => Plots.Loss(noRates)).Message);
        var empty = Good with { Points = [], Losses = [] };
        Assert.Contains("at least one point", Assert.Throws<ArgumentException>(() => Plots.Loss(empty)).Message);
        Assert.Equal("surface", Assert.Throws<ArgumentNullException>(() => Plots.Loss((LrNotebooks.Core.Surfaces.Surface)null!, Good)).ParamName);
    }
}
