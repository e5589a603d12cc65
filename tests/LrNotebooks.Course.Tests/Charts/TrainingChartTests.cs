using LrNotebooks.Training;

namespace LrNotebooks.Course.Tests;

public sealed class TrainingChartTests
{
    [Fact]
    public void Accuracy_validation_solid_training_dashed_in_percent()
    {
        var a = TestRuns.Training("lr=0.1", 10, 0.4);
        var json = new ChartJson(Plots.Training(a, TestRuns.Training("lr=0.01", 10, 0.1)));
        Assert.Equal(["lr=0.1 (validation)", "lr=0.1 (train)", "lr=0.01 (validation)", "lr=0.01 (train)"], json.Names);
        Assert.Equal("solid", json.Trace("lr=0.1 (validation)").GetProperty("line").GetProperty("dash").GetString());
        Assert.Equal("dash", json.Trace("lr=0.1 (train)").GetProperty("line").GetProperty("dash").GetString());
        Assert.Equal(".0%", json.Layout.GetProperty("yaxis").GetProperty("tickformat").GetString());
        Assert.Equal("epoch", json.AxisTitle("xaxis"));
        Assert.Equal("accuracy", json.AxisTitle("yaxis"));
        Assert.Equal("Accuracy per epoch", json.Title);
        Assert.Equal(a.Epochs.Select(e => (double?)e.ValidationAccuracy), ChartJson.Numbers(json.Trace("lr=0.1 (validation)"), "y"));
        Assert.Equal(Enumerable.Range(1, 10).Select(i => (double?)i), ChartJson.Numbers(json.Trace("lr=0.1 (train)"), "x"));
    }

    [Fact]
    public void Loss_per_epoch_on_a_log_axis()
    {
        var json = new ChartJson(Plots.TrainingLoss(TestRuns.Training("r", 5, 0.4)));
        Assert.Equal("log", json.AxisType("yaxis"));
        Assert.Equal("loss (mean cross-entropy)", json.AxisTitle("yaxis"));
        Assert.Equal("Loss per epoch", json.Title);
        Assert.Equal(["r (validation)", "r (train)"], json.Names);
    }

    [Fact]
    public void A_diverged_training_run_is_labelled_with_its_batch_step()
    {
        var run = TestRuns.Training("lr=3", 10, 0.9, divergedAtEpoch: 3);
        var json = new ChartJson(Plots.Training(run));
        Assert.Contains("lr=3 — diverged at step 167 (validation)", json.Names);
        Assert.Contains("diverged at step 167", json.AnnotationTexts);
        var loss = new ChartJson(Plots.TrainingLoss([run], title: "L"));
        Assert.Equal("L", loss.Title);
        Assert.Contains("diverged at step 167", loss.AnnotationTexts);
    }

    [Fact]
    public void Bad_input_names_the_parameter()
    {
        Assert.Equal("runs", Assert.Throws<ArgumentException>(() => Plots.Training(new TrainingResult("empty", [], new(Core.Running.RunOutcome.StillRunning, 0)))).ParamName);
        Assert.Equal("runs", Assert.Throws<ArgumentNullException>(() => Plots.Training((TrainingResult[])null!)).ParamName);
        Assert.Equal("runs", Assert.Throws<ArgumentException>(() => Plots.TrainingLoss()).ParamName);
    }
}
