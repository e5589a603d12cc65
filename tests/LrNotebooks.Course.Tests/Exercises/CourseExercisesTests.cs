using LrNotebooks.Course;

namespace LrNotebooks.Course.Tests;

/// <summary>
/// Every exercise of the course: solvable (its own solution passes), strict (a wrong answer fails), quiet (no
/// explanation before a correct answer) and fair (the correct letters are spread evenly). Serialized with the
/// solutions-mode tests, which set an environment variable.
/// </summary>
[Collection(SolutionsModeCollection.Name)]
public sealed class CourseExercisesTests
{
    public static TheoryData<string, string> Ids()
    {
        var data = new TheoryData<string, string>();
        foreach (var (notebook, id, _) in Exercises.All) data.Add(notebook, id);
        return data;
    }

    private static IQuestion Question(string notebook, string id) => Exercises.All.Single(e => e.Notebook == notebook && e.Id == id).Question;

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_library_solution_passes(string notebook, string id)
    {
        IQuestion question = Question(notebook, id);
        object? context = CourseExerciseCases.Context(notebook, id);
        Assert.Equal(question.NeedsContext, context is not null);

        ExerciseResult result = question.Evaluate(question.SolutionAnswer(context), context);

        Assert.True(result.Passed, result.ToString());
        Assert.StartsWith("✔ Correct", result.ToString());
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void A_wrong_answer_is_rejected_with_the_hint_and_without_the_solution(string notebook, string id)
    {
        IQuestion question = Question(notebook, id);
        object? context = CourseExerciseCases.Context(notebook, id);
        string solution = question.SolutionText(context);

        ExerciseResult result = question.Evaluate(CourseExerciseCases.Wrong(notebook, id, question, context), context);

        Assert.False(result.Passed, result.ToString());
        Assert.Contains("Hint:", result.Feedback);
        Assert.Null(result.Solution);
        Assert.DoesNotContain(solution, result.ToString());
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void An_unanswered_exercise_is_not_yet_and_the_solution_comes_only_on_request(string notebook, string id)
    {
        IQuestion question = Question(notebook, id);
        object? context = CourseExerciseCases.Context(notebook, id);

        ExerciseResult open = question.Evaluate(null, context);
        var solution = question.GetType().GetMethods().Single(m => m.Name == "Solution" && m.GetParameters().Length == (question.NeedsContext ? 1 : 0));
        var requested = (ExerciseResult)solution.Invoke(question, question.NeedsContext ? [context] : [])!;

        Assert.False(open.Passed);
        Assert.Contains("no answer yet", open.Feedback);
        Assert.Null(open.Solution);
        Assert.Equal(question.SolutionText(context), requested.Solution);
    }

    [Fact]
    public void Every_notebook_has_a_read_the_chart_an_implement_it_and_a_predict_then_run_exercise()
    {
        foreach (var notebook in Exercises.All.GroupBy(e => e.Notebook))
        {
            var kinds = notebook.Select(e => e.Question.Kind).ToHashSet();
            Assert.True(kinds.IsSupersetOf([ExerciseKind.ReadTheChart, ExerciseKind.ImplementIt, ExerciseKind.PredictThenRun]),
                $"{notebook.Key}: {string.Join(", ", kinds)}");
        }
        Assert.Equal(10, Exercises.All.Select(e => e.Notebook).Distinct().Count());
    }

    [Fact]
    public void Every_notebook_also_has_a_computed_number_and_a_multiple_choice_question()
    {
        foreach (var notebook in Exercises.All.GroupBy(e => e.Notebook))
        {
            var kinds = notebook.Select(e => e.Question.Kind).ToHashSet();
            Assert.True(kinds.IsSupersetOf([ExerciseKind.Compute, ExerciseKind.Choice]), $"{notebook.Key}: {string.Join(", ", kinds)}");
        }
    }

    [Fact]
    public void The_correct_letters_are_spread_evenly()
    {
        var letters = Exercises.All.Where(e => e.Question is IChoice)
            .Select(e => ((IChoice)e.Question).CorrectLetter(CourseExerciseCases.Context(e.Notebook, e.Id)))
            .GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal("abcd", string.Concat(letters.Keys.Order()));
        Assert.True(letters.Values.Max() - letters.Values.Min() <= 1, string.Join(", ", letters.Select(l => $"{l.Key}: {l.Value}")));
    }

    [Fact]
    public void An_implement_it_check_names_the_first_disagreement_with_its_inputs()
    {
        ExerciseResult result = Exercises.StartHere.E5.Check((x, g, lr) => x + lr * g);

        Assert.False(result.Passed);
        Assert.Matches(@"first disagreement at test 1 of 100, x = .*, gradient = .*, η = .*: the library gives .*, yours gives .*\.", result.Feedback);
    }

    [Fact]
    public void An_implement_it_check_reports_an_exception_of_the_students_function()
    {
        ExerciseResult result = Exercises.TooLow.E5.Check((from, to, n) => throw new InvalidOperationException("not written yet"));

        Assert.False(result.Passed);
        Assert.Contains("your function threw InvalidOperationException (not written yet)", result.Feedback);
    }

    [Fact]
    public void A_choice_outside_the_options_is_told_so()
    {
        ExerciseResult result = Exercises.TooLow.E3.Check("d");

        Assert.False(result.Passed);
        Assert.Contains("not one of the options a–c", result.Feedback);
    }

    [Fact]
    public void A_context_exercise_checked_without_its_run_says_which_call_to_make()
    {
        var e = Assert.Throws<InvalidOperationException>(() => Exercises.TooHigh.E4.Check(12));
        Assert.Contains("Check(answer, …)", e.Message);
    }

    [Fact]
    public void A_run_that_cannot_answer_the_question_is_feedback_not_an_exception()
    {
        var converged = LrNotebooks.Core.Running.Descent.Run(LrNotebooks.Core.Surfaces.Surface.Quadratic(0.1, 2),
            LrNotebooks.Core.Optimizers.Optimizer.Sgd(0.1), [-2.5, 1.5], steps: 20);

        ExerciseResult result = Exercises.TooHigh.E4.Check(12, converged);

        Assert.False(result.Passed);
        Assert.Contains("this run cannot answer the question", result.Feedback);
    }
}
