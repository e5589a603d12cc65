using System.Text.Json;
using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Core.Tests.Schedules;

/// <summary>One recorded PyTorch 1.13 run from Fixtures/schedules.json (see generate_schedules.py).</summary>
public sealed record FixtureCase(
    string Id, string Kind, double Lr, JsonElement Args, double[] Values,
    string? Mode, string? TorchError, double? ExtrapolatedAtTotalSteps, double[]? Metrics);

/// <summary>Loads the PyTorch reference runs and maps each torch scheduler to this library's schedule.</summary>
public static class ScheduleFixtures
{
    private static readonly Lazy<IReadOnlyList<FixtureCase>> All = new(Load);

    public static IReadOnlyList<FixtureCase> Cases => All.Value;

    public static string TorchVersion { get; private set; } = "";

    public static FixtureCase Get(string id) => Cases.Single(c => c.Id == id);

    /// <summary>The ids of one torch scheduler's cases, for [MemberData].</summary>
    public static TheoryData<string> Ids(string kind)
    {
        var data = new TheoryData<string>();
        foreach (var c in Cases.Where(c => c.Kind == kind)) data.Add(c.Id);
        return data;
    }

    /// <summary>Every torch scheduler kind that Build maps to a schedule.</summary>
    public static readonly string[] ScheduleKinds =
    [
        "StepLR", "MultiStepLR", "ExponentialLR", "CosineAnnealingLR", "CosineAnnealingWarmRestarts", "LinearLR",
        "ConstantLR", "PolynomialLR", "CyclicLR", "OneCycleLR", "SequentialLR",
    ];

    /// <summary>This library's schedule for a torch scheduler with the given optimizer lr and constructor arguments.</summary>
    public static Schedule Build(string kind, double lr, JsonElement args) => kind switch
    {
        "StepLR" => Schedule.Step(lr, Int(args, "step_size"), Double(args, "gamma", 0.1)),
        "MultiStepLR" => Schedule.MultiStep(lr, Ints(args, "milestones"), Double(args, "gamma", 0.1)),
        "ExponentialLR" => Schedule.Exponential(lr, Double(args, "gamma")),
        "CosineAnnealingLR" => Schedule.Cosine(lr, Int(args, "T_max"), Double(args, "eta_min", 0)),
        "CosineAnnealingWarmRestarts" => Schedule.CosineWarmRestarts(lr, Int(args, "T_0"), Int(args, "T_mult", 1), Double(args, "eta_min", 0)),
        "LinearLR" => Schedule.Linear(lr, Double(args, "start_factor", 1.0 / 3), Double(args, "end_factor", 1), Int(args, "total_iters", 5)),
        "ConstantLR" => Schedule.ConstantWarmup(lr, Double(args, "factor", 1.0 / 3), Int(args, "total_iters", 5)),
        "PolynomialLR" => Schedule.Polynomial(lr, Int(args, "total_iters", 5), Double(args, "power", 1)),
        "CyclicLR" => Schedule.Cyclic(Double(args, "base_lr"), Double(args, "max_lr"), Int(args, "step_size_up", 2000),
            args.TryGetProperty("step_size_down", out var down) ? down.GetInt32() : null,
            String(args, "mode", "triangular") switch
            {
                "triangular" => CyclicMode.Triangular,
                "triangular2" => CyclicMode.Triangular2,
                "exp_range" => CyclicMode.ExpRange,
                var other => throw new NotSupportedException(other),
            },
            Double(args, "gamma", 1)),
        "OneCycleLR" => Schedule.OneCycle(Double(args, "max_lr"), Int(args, "total_steps"), Double(args, "pct_start", 0.3),
            Double(args, "div_factor", 25), Double(args, "final_div_factor", 1e4),
            String(args, "anneal_strategy", "cos") == "cos" ? OneCycleAnneal.Cos : OneCycleAnneal.Linear,
            args.TryGetProperty("three_phase", out var three) && three.GetBoolean()),
        "SequentialLR" => Schedule.Sequence(
            args.GetProperty("schedulers").EnumerateArray()
                .Select(m => Build(m.GetProperty("kind").GetString()!, lr, m.GetProperty("args"))).ToArray(),
            Ints(args, "milestones")),
        _ => throw new NotSupportedException($"no schedule for torch scheduler {kind}"),
    };

    public static Schedule Build(FixtureCase c) => Build(c.Kind, c.Lr, c.Args);

    /// <summary>This library's <see cref="ReduceOnPlateau"/> for a torch ReduceLROnPlateau case.</summary>
    public static ReduceOnPlateau BuildPlateau(FixtureCase c) => new(
        c.Lr,
        String(c.Args, "mode", "min") == "min" ? PlateauMode.Min : PlateauMode.Max,
        Double(c.Args, "factor", 0.1),
        Int(c.Args, "patience", 10),
        Double(c.Args, "threshold", 1e-4),
        String(c.Args, "threshold_mode", "rel") == "rel" ? ThresholdMode.Relative : ThresholdMode.Absolute,
        Int(c.Args, "cooldown", 0),
        Double(c.Args, "min_lr", 0),
        Double(c.Args, "eps", 1e-8));

    private static IReadOnlyList<FixtureCase> Load()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "schedules.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        TorchVersion = root.GetProperty("torch").GetString()!;
        return root.GetProperty("cases").EnumerateArray().Select(c => new FixtureCase(
            c.GetProperty("id").GetString()!,
            c.GetProperty("kind").GetString()!,
            c.GetProperty("lr").GetDouble(),
            c.GetProperty("args").Clone(),
            Doubles(c, "values")!,
            c.TryGetProperty("mode", out var mode) ? mode.GetString() : null,
            c.TryGetProperty("torch_error", out var error) ? error.GetString() : null,
            c.TryGetProperty("extrapolated_at_total_steps", out var extra) ? extra.GetDouble() : null,
            Doubles(c, "metrics"))).ToList();
    }

    private static double[]? Doubles(JsonElement e, string name) =>
        e.TryGetProperty(name, out var array) ? array.EnumerateArray().Select(v => v.GetDouble()).ToArray() : null;

    private static int[] Ints(JsonElement e, string name) =>
        e.GetProperty(name).EnumerateArray().Select(v => v.GetInt32()).ToArray();

    private static int Int(JsonElement e, string name, int? fallback = null) =>
        e.TryGetProperty(name, out var v) ? v.GetInt32() : fallback ?? throw new KeyNotFoundException(name);

    private static double Double(JsonElement e, string name, double? fallback = null) =>
        e.TryGetProperty(name, out var v) ? v.GetDouble() : fallback ?? throw new KeyNotFoundException(name);

    private static string String(JsonElement e, string name, string fallback) =>
        e.TryGetProperty(name, out var v) ? v.GetString()! : fallback;
}
