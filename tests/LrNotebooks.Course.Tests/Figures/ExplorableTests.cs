using System.Text.Json.Nodes;
using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Running;
using LrNotebooks.Core.Surfaces;

namespace LrNotebooks.Course.Tests;

public sealed class ExplorableTests
{
    private static readonly Quadratic Bowl = Surface.Quadratic(0.1, 2);

    private static Figure Run(double lr) => Plots.Contour(Bowl, Descent.Run(Bowl, Optimizer.Sgd(lr), [-2.5, 1.5], 30));

    /// <summary>The traces a slider step (or button) makes visible, as JSON text without the visibility flag.</summary>
    private static string[] ShownBy(JsonObject figure, JsonArray args)
    {
        var visible = (JsonArray)args[0]!["visible"]!;
        var data = (JsonArray)figure["data"]!;
        Assert.Equal(data.Count, visible.Count);
        return data.Select((t, k) => ((bool)visible[k]!, t!)).Where(p => p.Item1).Select(p => WithoutVisible(p.Item2)).ToArray();
    }

    private static string WithoutVisible(JsonNode trace)
    {
        var copy = (JsonObject)trace.DeepClone();
        copy.Remove("visible");
        return copy.ToJsonString();
    }

    private static string[] TracesOf(Figure figure) => figure.Data.Select(t => WithoutVisible(t!)).ToArray();

    [Fact]
    public void Every_slider_step_shows_exactly_the_run_computed_for_its_value()
    {
        double[] rates = [0.1, 0.3, 0.45, 0.55];
        var json = Explorable.Slider("η", rates, Run).ToJson();
        var slider = (JsonObject)json["layout"]!["sliders"]![0]!;
        var steps = (JsonArray)slider["steps"]!;
        Assert.Equal(rates.Length, steps.Count);
        for (int k = 0; k < rates.Length; k++)
        {
            var expected = Run(rates[k]);
            var args = (JsonArray)steps[k]!["args"]!;
            Assert.Equal("update", (string?)steps[k]!["method"]);
            Assert.Equal(TracesOf(expected), ShownBy(json, args));
            var layout = (JsonObject)args[1]!;
            Assert.Equal(expected.Title, (string?)layout["title.text"]);
            Assert.Equal(expected.Layout["annotations"]!.ToJsonString(), layout["annotations"]!.ToJsonString());
        }
        // The first view is the first value's.
        Assert.Equal(TracesOf(Run(rates[0])), json["data"]!.AsArray().Where(t => (bool)t!["visible"]!).Select(t => WithoutVisible(t!)).ToArray());
        Assert.Equal("0.45", (string?)steps[2]!["label"]);
    }

    [Fact]
    public void A_trace_every_value_draws_the_same_is_kept_once()
    {
        var json = Explorable.Slider("η", [0.1, 0.3, 0.45], Run).ToJson();
        var contours = json["data"]!.AsArray().Where(t => (string?)t!["type"] == "contour").ToArray();
        Assert.Single(contours);
        Assert.All(json["layout"]!["sliders"]![0]!["steps"]!.AsArray(),
            step => Assert.True((bool)step!["args"]![0]!["visible"]![json["data"]!.AsArray().IndexOf(contours[0])]!));
    }

    [Fact]
    public void Buttons_work_like_a_slider_with_one_button_per_value()
    {
        string[] names = ["SGD", "Adam"];
        Figure Draw(string name) => Plots.Loss(Descent.Run(Bowl, name == "SGD" ? Optimizer.Sgd(0.3) : Optimizer.Adam(0.1), [-2.5, 1.5], 20));
        var json = Explorable.Buttons("optimizer", names, Draw, start: 1).ToJson();
        var menu = (JsonObject)json["layout"]!["updatemenus"]![0]!;
        Assert.Equal("buttons", (string?)menu["type"]);
        Assert.Equal(1, (int?)menu["active"]);
        var buttons = (JsonArray)menu["buttons"]!;
        for (int k = 0; k < names.Length; k++)
        {
            Assert.Equal(names[k], (string?)buttons[k]!["label"]);
            Assert.Equal(TracesOf(Draw(names[k])), ShownBy(json, (JsonArray)buttons[k]!["args"]!));
        }
        Assert.Equal(Draw("Adam").Title, new Figure(json).Title);
    }

    [Fact]
    public void Two_controls_show_the_pair_chosen_on_both()
    {
        double[] rates = [0.1, 0.3];
        double[] betas = [0, 0.5, 0.9];
        Figure Draw(double lr, double beta) =>
            Plots.Loss(Descent.Run(Bowl, Optimizer.Sgd(lr, momentum: beta), [-2.5, 1.5], 20) with { Label = $"{lr}/{beta}" });
        var json = Explorable.Of(new Parameter<double>("η", rates), new Parameter<double>("β", betas), Draw).ToJson();
        var data = json["data"]!.AsArray();
        var first = json["layout"]!["sliders"]![0]!["steps"]!.AsArray();
        var second = json["layout"]!["sliders"]![1]!["steps"]!.AsArray();
        for (int a = 0; a < rates.Length; a++)
            for (int b = 0; b < betas.Length; b++)
            {
                var visible = first[a]!["args"]![0]!["visible"]!.AsArray();
                var opacity = second[b]!["args"]![0]!["opacity"]!.AsArray();
                var seen = data.Where((t, k) => (bool)visible[k]! && (double)opacity[k]! > 0).Select(t => (string?)t!["name"]).ToArray();
                var expected = Draw(rates[a], betas[b]).Data.Select(t => (string?)t!["name"]).ToArray();
                Assert.Equal(expected, seen);
            }
    }

    [Fact]
    public void Bad_input_is_rejected_with_the_parameter_named()
    {
        Assert.Equal("values", Assert.Throws<ArgumentException>(() => Explorable.Slider("η", Array.Empty<double>(), Run)).ParamName);
        Assert.Equal("start", Assert.Throws<ArgumentOutOfRangeException>(() => Explorable.Slider("η", [0.1], Run, start: 1)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => Explorable.Slider(" ", [0.1], Run)).ParamName);
        Assert.Equal("draw", Assert.Throws<ArgumentNullException>(() => Explorable.Slider<double>("η", [0.1], null!)).ParamName);
    }

    [Theory]
    [InlineData("01")]
    [InlineData("02")]
    [InlineData("05a")]
    public void The_lesson_explorables_stay_under_one_megabyte(string which)
    {
        var figure = which switch
        {
            "01" => Explorables.LearningRateOnParabola(),
            "02" => Explorables.LearningRateOnBowl(),
            _ => Explorables.MomentumOnBowl(),
        };
        Assert.InRange(figure.ToJsonString().Length, 10_000, 1_000_000);
    }

    [Fact]
    public void The_parabola_slider_names_each_regime_from_the_run()
    {
        var parabola = Surface.Parabola(1);
        string Regime(double lr) => Explorables.ParabolaRegime(Descent.Run(parabola, Optimizer.Sgd(lr), [1.8], 25));
        Assert.StartsWith("creeps", Regime(0.05));
        Assert.StartsWith("monotone", Regime(0.5));
        Assert.StartsWith("lands on the minimum", Regime(1.0));
        Assert.StartsWith("overshoots", Regime(1.25));
        Assert.StartsWith("oscillates", Regime(1.75));
        Assert.StartsWith("bounces", Regime(2.0));
        Assert.StartsWith("diverges", Regime(2.2));
    }
}
