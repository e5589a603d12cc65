namespace LrNotebooks.Course;

/// <summary>
/// A challenge with many right answers: the answer passes when the experiment run by <c>isCorrect</c> succeeds
/// (for example "find a learning rate for which Adam converges"). The library keeps one known solution.
/// </summary>
/// <typeparam name="TAnswer">The type of the student's variable (nullable: null = not answered yet).</typeparam>
/// <typeparam name="TContext">What the experiment needs from the notebook, or <see cref="NoContext"/>.</typeparam>
public sealed class OpenQuestion<TAnswer, TContext> : Question<TAnswer, TContext>
{
    private readonly Func<TAnswer, TContext, bool> _isCorrect;
    private readonly Func<TContext, TAnswer> _solution;
    private readonly string _solutionText;
    private readonly string _explanation;

    /// <summary>Creates a challenge.</summary>
    /// <param name="name">The exercise's name.</param>
    /// <param name="isCorrect">Runs the experiment with the (non-null) answer.</param>
    /// <param name="solution">One answer that passes.</param>
    /// <param name="hint">A nudge shown with a wrong answer.</param>
    /// <param name="solutionText">The worked solution shown on request.</param>
    /// <param name="explanation">Shown after a correct answer.</param>
    public OpenQuestion(string name, Func<TAnswer, TContext, bool> isCorrect, Func<TContext, TAnswer> solution, string hint,
        string solutionText, string explanation) : base(name, ExerciseKind.Challenge, hint)
    {
        _isCorrect = isCorrect ?? throw new ArgumentNullException(nameof(isCorrect));
        _solution = solution ?? throw new ArgumentNullException(nameof(solution));
        _solutionText = Core.Guard.NotBlank(solutionText);
        _explanation = Core.Guard.NotBlank(explanation);
    }

    internal override TAnswer SolutionAnswer(TContext context) => _solution(context);

    internal override string SolutionText(TContext context) => _solutionText;

    internal override ExerciseResult Evaluate(TAnswer answer, TContext context) =>
        Exercise.Check(Name, answer, a => _isCorrect(a, context), Hint, _solutionText, _explanation);
}
