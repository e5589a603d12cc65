namespace LrNotebooks.Course;

/// <summary>
/// One exercise of a notebook, with its answer kept in compiled code: the notebook holds only the student's
/// variable (<c>null</c> until answered) and a one-line call, <c>Exercises.TooHigh.E1.Check(answerE1)</c>, or
/// <c>Check(answer, run)</c> when the expected value is recomputed from a run of the notebook. The explanation
/// appears after a correct answer, or with <see cref="Solution(TContext)"/> on request.
/// </summary>
/// <typeparam name="TAnswer">The type of the student's variable (nullable: null = not answered yet).</typeparam>
/// <typeparam name="TContext">What the check needs from the notebook (a run, a sweep), or <see cref="NoContext"/>.</typeparam>
public abstract class Question<TAnswer, TContext> : IQuestion
{
    /// <summary>Creates a question; <paramref name="name"/> and <paramref name="hint"/> must not be blank.</summary>
    protected Question(string name, ExerciseKind kind, string hint)
    {
        Name = Core.Guard.NotBlank(name);
        Kind = kind;
        Hint = Core.Guard.NotBlank(hint);
    }

    /// <summary>The exercise's name as the feedback shows it, e.g. <c>E1 (stability limit of 3x²)</c>.</summary>
    public string Name { get; }

    /// <summary>What kind of exercise this is.</summary>
    public ExerciseKind Kind { get; }

    /// <summary>The nudge shown with a wrong or missing answer; it never gives the answer away.</summary>
    public string Hint { get; }

    /// <summary>Whether the check needs a value of the notebook (<c>Check(answer, context)</c>).</summary>
    public bool NeedsContext => typeof(TContext) != typeof(NoContext);

    /// <summary>Checks an exercise that needs nothing from the notebook.</summary>
    /// <exception cref="InvalidOperationException">The exercise needs a run of the notebook: call <see cref="Check(TAnswer, TContext)"/>.</exception>
    public ExerciseResult Check(TAnswer answer) => Check(answer, NoContextOrThrow());

    /// <summary>
    /// Checks <paramref name="answer"/> against the value computed from <paramref name="context"/>. Never throws because
    /// of the answer. In the solutions run (<see cref="SolutionsMode"/>) a null answer is replaced by the solution,
    /// and a failed check throws <see cref="ExerciseFailedException"/>.
    /// </summary>
    public ExerciseResult Check(TAnswer answer, TContext context)
    {
        if (answer is null && SolutionsMode.Enabled)
        {
            TAnswer solution;
            try
            {
                solution = SolutionAnswer(context);
            }
            catch (ArgumentException e)
            {
                throw new ExerciseFailedException(new ExerciseResult(Name, false, $"this run cannot answer the question ({e.Message}).", null));
            }
            ExerciseResult filled = Evaluate(solution, context);
            if (!filled.Passed) throw new ExerciseFailedException(filled);
            return filled with { Feedback = $"(solutions run) {filled.Feedback}" };
        }
        return Evaluate(answer, context);
    }

    /// <summary>The solution of an exercise that needs nothing from the notebook, shown on request.</summary>
    public ExerciseResult Solution() => Solution(NoContextOrThrow());

    /// <summary>The solution, computed from <paramref name="context"/> and shown on request.</summary>
    public ExerciseResult Solution(TContext context) =>
        new(Name, false, "the solution, as requested (put your own answer in the variable to check it).", SolutionText(context));

    /// <summary>The answer the solutions run fills in: computed by the library from <paramref name="context"/>.</summary>
    internal abstract TAnswer SolutionAnswer(TContext context);

    /// <summary>The worked solution: the answer and why.</summary>
    internal abstract string SolutionText(TContext context);

    /// <summary>The check itself; must turn any problem with the answer into feedback.</summary>
    internal abstract ExerciseResult Evaluate(TAnswer answer, TContext context);

    ExerciseResult IQuestion.Evaluate(object? answer, object? context) => Evaluate((TAnswer)answer!, Unbox(context));

    object? IQuestion.SolutionAnswer(object? context) => SolutionAnswer(Unbox(context));

    string IQuestion.SolutionText(object? context) => SolutionText(Unbox(context));

    private static TContext Unbox(object? context) => context is null ? default! : (TContext)context;

    private TContext NoContextOrThrow() => NeedsContext
        ? throw new InvalidOperationException($"{Name} is checked against a run of the notebook: call Check(answer, …) with the value named in the check cell.")
        : default!;

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Kind})";
}
