using System.Text.Json;
using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Core.Tests.Optimizers;

/// <summary>One reference run of Fixtures/optimizers.json (made by Fixtures/generate_optimizers.py with PyTorch 1.13).</summary>
internal sealed record OptimizerCase(string Name, string Algorithm, string Surface, double[] Start, double LearningRate, double? LearningRateGamma,
    JsonElement Options, double[][] Iterates)
{
    internal Schedule Schedule => LearningRateGamma is double gamma ? new GeometricTestSchedule(LearningRate, gamma) : LearningRate;

    /// <summary>The optimizer for this case. A case without options calls the factory with the learning rate only, so
    /// the factory defaults are checked against PyTorch's (and Optax's, for Lion) defaults too.</summary>
    internal Optimizer Create()
    {
        Schedule lr = Schedule;
        bool defaults = !Options.EnumerateObject().Any();
        double D(string key, double fallback) => Options.TryGetProperty(key, out var v) ? v.GetDouble() : fallback;
        bool B(string key) => Options.TryGetProperty(key, out var v) && v.GetBoolean();
        return (Algorithm, defaults) switch
        {
            ("sgd", true) => Optimizer.Sgd(lr),
            ("sgd", false) => Optimizer.Sgd(lr, D("momentum", 0), D("dampening", 0), D("weightDecay", 0), B("nesterov")),
            ("adagrad", true) => Optimizer.Adagrad(lr),
            ("adagrad", false) => Optimizer.Adagrad(lr, D("lrDecay", 0), D("weightDecay", 0), D("initialAccumulatorValue", 0), D("eps", 1e-10)),
            ("rmsprop", true) => Optimizer.RmsProp(lr),
            ("rmsprop", false) => Optimizer.RmsProp(lr, D("alpha", 0.99), D("eps", 1e-8), D("weightDecay", 0), D("momentum", 0), B("centered")),
            ("adadelta", true) => Optimizer.Adadelta(lr),
            ("adadelta", false) => Optimizer.Adadelta(lr, D("rho", 0.9), D("eps", 1e-6), D("weightDecay", 0)),
            ("adam", true) => Optimizer.Adam(lr),
            ("adam", false) => Optimizer.Adam(lr, D("beta1", 0.9), D("beta2", 0.999), D("eps", 1e-8), D("weightDecay", 0), B("amsgrad")),
            ("adamw", true) => Optimizer.AdamW(lr),
            ("adamw", false) => Optimizer.AdamW(lr, D("beta1", 0.9), D("beta2", 0.999), D("eps", 1e-8), D("weightDecay", 0.01), B("amsgrad")),
            ("adamax", true) => Optimizer.Adamax(lr),
            ("adamax", false) => Optimizer.Adamax(lr, D("beta1", 0.9), D("beta2", 0.999), D("eps", 1e-8), D("weightDecay", 0)),
            ("nadam", true) => Optimizer.NAdam(lr),
            ("nadam", false) => Optimizer.NAdam(lr, D("beta1", 0.9), D("beta2", 0.999), D("eps", 1e-8), D("weightDecay", 0), D("momentumDecay", 0.004)),
            ("radam", true) => Optimizer.RAdam(lr),
            ("radam", false) => Optimizer.RAdam(lr, D("beta1", 0.9), D("beta2", 0.999), D("eps", 1e-8), D("weightDecay", 0)),
            ("lion", true) => Optimizer.Lion(lr),
            ("lion", false) => Optimizer.Lion(lr, D("beta1", 0.9), D("beta2", 0.99), D("weightDecay", 0)),
            _ => throw new InvalidOperationException($"unknown optimizer {Algorithm} in the fixture"),
        };
    }
}

/// <summary>An autograd gradient of a test function at a point, from the fixture.</summary>
internal sealed record GradientCheck(string Surface, double[] Point, double[] Gradient);

/// <summary>Loads Fixtures/optimizers.json once.</summary>
internal static class OptimizerFixtures
{
    private static readonly Lazy<(IReadOnlyList<OptimizerCase> Cases, IReadOnlyList<GradientCheck> Checks)> Data = new(Load);

    internal static IReadOnlyList<OptimizerCase> Cases => Data.Value.Cases;

    internal static IReadOnlyList<GradientCheck> GradientChecks => Data.Value.Checks;

    internal static OptimizerCase Case(string name) => Cases.Single(c => c.Name == name);

    private static (IReadOnlyList<OptimizerCase>, IReadOnlyList<GradientCheck>) Load()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "optimizers.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        JsonElement root = document.RootElement;
        static double[] Vector(JsonElement e) => e.EnumerateArray().Select(x => x.GetDouble()).ToArray();
        var cases = root.GetProperty("cases").EnumerateArray().Select(c => new OptimizerCase(
            c.GetProperty("name").GetString()!,
            c.GetProperty("optimizer").GetString()!,
            c.GetProperty("surface").GetString()!,
            Vector(c.GetProperty("start")),
            c.GetProperty("lr").GetDouble(),
            c.GetProperty("lrGamma").ValueKind == JsonValueKind.Null ? null : c.GetProperty("lrGamma").GetDouble(),
            c.GetProperty("options").Clone(),
            c.GetProperty("iterates").EnumerateArray().Select(Vector).ToArray())).ToList();
        var checks = root.GetProperty("gradientChecks").EnumerateArray().Select(c => new GradientCheck(
            c.GetProperty("surface").GetString()!, Vector(c.GetProperty("point")), Vector(c.GetProperty("gradient")))).ToList();
        return (cases, checks);
    }
}
