using LrNotebooks.Core;

namespace LrNotebooks.Course;

/// <summary>
/// An implement-it exercise: the student writes a step or a schedule as a C# lambda (<typeparamref name="TFunc"/>);
/// the checker draws seeded random inputs, runs the lambda and the library on each, and reports the first
/// disagreement with its inputs, the library's values and the student's. Same seed, same inputs, every time.
/// </summary>
/// <typeparam name="TFunc">The delegate type the student implements.</typeparam>
/// <typeparam name="TInput">One random test case.</typeparam>
public sealed class ImplementQuestion<TFunc, TInput> : Question<TFunc?, NoContext> where TFunc : Delegate
{
    private readonly Func<Random, TInput> _draw;
    private readonly Func<TInput, string> _describe;
    private readonly Func<TInput, double[]> _library;
    private readonly Func<TFunc, TInput, double[]> _apply;
    private readonly TFunc _solution;
    private readonly string _solutionText;
    private readonly string _explanation;

    /// <summary>Creates an implement-it exercise.</summary>
    /// <param name="name">The exercise's name.</param>
    /// <param name="hint">A nudge shown with a disagreement.</param>
    /// <param name="draw">Draws one test case from the seeded generator.</param>
    /// <param name="describe">Writes a test case for the feedback, e.g. <c>x = 1.2, g = −0.4, η = 0.1</c>.</param>
    /// <param name="library">The library's values for a test case (the reference).</param>
    /// <param name="apply">Runs a student's function on a test case and returns the values to compare.</param>
    /// <param name="solution">A written-out solution (checked against the library like any answer).</param>
    /// <param name="solutionText">The solution as code, shown on request.</param>
    /// <param name="explanation">Shown after a correct answer.</param>
    /// <param name="trials">How many random test cases, &gt;= 1.</param>
    /// <param name="seed">The generator's seed.</param>
    /// <param name="relativeTolerance">Allowed relative difference per value, &gt;= 0.</param>
    public ImplementQuestion(string name, string hint, Func<Random, TInput> draw, Func<TInput, string> describe,
        Func<TInput, double[]> library, Func<TFunc, TInput, double[]> apply, TFunc solution, string solutionText, string explanation,
        int trials = 100, int seed = 2024, double relativeTolerance = 1e-9) : base(name, ExerciseKind.ImplementIt, hint)
    {
        _draw = draw ?? throw new ArgumentNullException(nameof(draw));
        _describe = describe ?? throw new ArgumentNullException(nameof(describe));
        _library = library ?? throw new ArgumentNullException(nameof(library));
        _apply = apply ?? throw new ArgumentNullException(nameof(apply));
        _solution = solution ?? throw new ArgumentNullException(nameof(solution));
        _solutionText = Guard.NotBlank(solutionText);
        _explanation = Guard.NotBlank(explanation);
        Trials = Guard.AtLeast(trials, 1);
        Seed = seed;
        RelativeTolerance = Guard.NonNegative(relativeTolerance);
    }

    /// <summary>The number of random test cases.</summary>
    public int Trials { get; }

    /// <summary>The seed of the test cases.</summary>
    public int Seed { get; }

    /// <summary>Allowed relative difference per value (plus 1e-12 absolute, for values that are 0).</summary>
    public double RelativeTolerance { get; }

    internal override TFunc? SolutionAnswer(NoContext context) => _solution;

    internal override string SolutionText(NoContext context) => _solutionText;

    internal override ExerciseResult Evaluate(TFunc? answer, NoContext context)
    {
        if (answer is null)
            return Exercise.Check<object?>(Name, null, _ => false, Hint, _solutionText);
        var random = new Random(Seed);
        for (int trial = 1; trial <= Trials; trial++)
        {
            TInput input = _draw(random);
            double[] expected = _library(input);
            double[] actual;
            try
            {
                actual = _apply(answer, input);
            }
            catch (Exception e)
            {
                return Fail($"test {trial} of {Trials}, {_describe(input)}: your function threw {e.GetType().Name} ({e.Message}).");
            }
            if (actual.Length != expected.Length)
                return Fail($"test {trial} of {Trials}, {_describe(input)}: the library gives {expected.Length} values, yours {actual.Length}.");
            for (int i = 0; i < expected.Length; i++)
            {
                if (Agrees(expected[i], actual[i])) continue;
                return Fail($"test {trial} of {Trials}, {_describe(input)}: the library gives {List(expected)}, yours gives {List(actual)}.");
            }
        }
        return new ExerciseResult(Name, true, $"your function agrees with the library on all {Trials} random tests (seed {Seed}). {_explanation}", null);
    }

    private bool Agrees(double expected, double actual) =>
        double.IsFinite(actual) && Math.Abs(actual - expected) <= RelativeTolerance * Math.Abs(expected) + 1e-12;

    private ExerciseResult Fail(string disagreement) => new(Name, false, $"first disagreement at {disagreement} Hint: {Hint}", null);

    private static string List(double[] values) => values.Length == 1
        ? Numbers.Format(values[0], 8)
        : $"({string.Join(", ", values.Select(v => Numbers.Format(v, 8)))})";
}
