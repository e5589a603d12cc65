using FsCheck;
using FsCheck.Fluent;
using LrNotebooks.Course;

namespace LrNotebooks.Course.Tests;

public sealed class ExerciseTests
{
    private const string Hint = "look at the largest curvature";

    [Fact]
    public void An_unanswered_number_is_not_yet_with_the_hint_and_without_the_solution()
    {
        ExerciseResult result = Exercise.CheckNumber("E1", null, 0.3125, 0.02, Hint);

        Assert.False(result.Passed);
        Assert.Null(result.Solution);
        Assert.StartsWith("✘ Not yet: E1: no answer yet", result.ToString());
        Assert.Contains(Hint, result.ToString());
        Assert.DoesNotContain("0.3125", result.ToString());
        Assert.DoesNotContain("0.3125", result.ToHtml());
        Assert.DoesNotContain("Solution", result.ToHtml());
    }

    [Theory]
    [InlineData(0.3125)]
    [InlineData(0.31)]
    [InlineData(0.318)]
    public void A_number_within_the_relative_tolerance_is_correct_and_gets_the_explanation(double answer)
    {
        ExerciseResult result = Exercise.CheckNumber("E1", answer, 0.3125, 0.02, Hint, explanation: "2/λ_max = 2/6.4.");

        Assert.True(result.Passed);
        Assert.StartsWith("✔ Correct: E1:", result.ToString());
        Assert.EndsWith("2/λ_max = 2/6.4.", result.ToString());
        Assert.Null(result.Solution);
    }

    [Theory]
    [InlineData(0.5, "too large")]
    [InlineData(0.2, "too small")]
    [InlineData(0.319, "too large")]
    public void A_wrong_number_is_told_its_direction_and_the_hint_but_not_the_answer(double answer, string direction)
    {
        ExerciseResult result = Exercise.CheckNumber("E1", answer, 0.3125, 0.02, Hint, explanation: "2/λ_max = 2/6.4.");

        Assert.False(result.Passed);
        Assert.Contains(direction, result.Feedback);
        Assert.EndsWith("Hint: " + Hint, result.Feedback);
        Assert.DoesNotContain("0.3125", result.ToString());
        Assert.DoesNotContain("6.4", result.ToString());
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_non_finite_answer_is_feedback_not_an_error(double answer)
    {
        ExerciseResult result = Exercise.CheckNumber("E1", answer, 1, 0.1, Hint);

        Assert.False(result.Passed);
        Assert.Contains("not a finite number", result.Feedback);
    }

    [Fact]
    public void The_solution_is_shown_only_when_asked_whatever_the_answer()
    {
        Assert.Equal("0.3125 2/6.4.", Exercise.CheckNumber("E1", null, 0.3125, 0.02, Hint, "2/6.4.", showSolution: true).Solution);
        ExerciseResult wrong = Exercise.CheckNumber("E1", 3, 0.3125, 0.02, Hint, showSolution: true);
        Assert.Equal("0.3125", wrong.Solution);
        Assert.Contains("Solution: 0.3125", wrong.ToString());
        Assert.Contains("Solution:", wrong.ToHtml());
    }

    [Fact]
    public void An_expected_zero_needs_an_absolute_tolerance()
    {
        Assert.False(Exercise.CheckNumber("E", 1e-12, 0, 0.1, Hint).Passed);
        Assert.True(Exercise.CheckNumber("E", 1e-12, 0, 0.1, Hint, absoluteTolerance: 1e-9).Passed);
        Assert.True(Exercise.CheckNumber("E", 0, 0, 0, Hint).Passed);
    }

    [Fact]
    public void Integer_answers_are_checked_as_numbers()
    {
        int? steps = 57;
        Assert.True(Exercise.CheckNumber("E2", steps, 57, 0, Hint).Passed);
        Assert.False(Exercise.CheckNumber("E2", 58, 57, 0, Hint).Passed);
    }

    [Theory]
    [InlineData(0.1, true)]
    [InlineData(0.25, true)]
    [InlineData(0.5, true)]
    [InlineData(0.0999, false)]
    [InlineData(0.51, false)]
    public void A_range_accepts_its_closed_interval(double answer, bool passed)
    {
        ExerciseResult result = Exercise.CheckRange("E3", answer, 0.1, 0.5, Hint);

        Assert.Equal(passed, result.Passed);
        Assert.Null(result.Solution);
        if (!passed) Assert.Contains(answer > 0.5 ? "too large" : "too small", result.Feedback);
    }

    [Fact]
    public void A_range_shows_its_bounds_only_as_the_requested_solution()
    {
        Assert.DoesNotContain("[0.1, 0.5]", Exercise.CheckRange("E3", 0.7, 0.1, 0.5, Hint).ToString());
        Assert.Equal("any value in [0.1, 0.5]", Exercise.CheckRange("E3", null, 0.1, 0.5, Hint, showSolution: true).Solution);
        Assert.False(Exercise.CheckRange("E3", null, 0.1, 0.5, Hint).Passed);
    }

    [Theory]
    [InlineData("b", true)]
    [InlineData(" B ", true)]
    [InlineData("a", false)]
    public void A_choice_is_compared_ignoring_case_and_spaces(string answer, bool passed)
    {
        ExerciseResult result = Exercise.CheckChoice("E4", answer, "b", Hint);

        Assert.Equal(passed, result.Passed);
        if (!passed) Assert.DoesNotContain("\"b\"", result.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void A_blank_choice_is_unanswered(string? answer)
    {
        ExerciseResult result = Exercise.CheckChoice("E4", answer, "b", Hint);

        Assert.False(result.Passed);
        Assert.Contains("no answer yet", result.Feedback);
    }

    [Fact]
    public void The_predicate_form_handles_null_wrong_right_and_throwing_checks()
    {
        Func<int[]?, bool> sorted = a => a!.SequenceEqual(a!.Order());

        Assert.Contains("no answer yet", Exercise.Check<int[]?>("E5", null, sorted, Hint, "any ascending order").Feedback);
        Assert.True(Exercise.Check<int[]?>("E5", [1, 2, 3], sorted, Hint, "any ascending order").Passed);
        ExerciseResult wrong = Exercise.Check<int[]?>("E5", [3, 1], sorted, Hint, "any ascending order");
        Assert.False(wrong.Passed);
        Assert.DoesNotContain("ascending", wrong.ToString());
        ExerciseResult broken = Exercise.Check<int[]?>("E5", [1], _ => throw new InvalidOperationException("boom"), Hint, "s");
        Assert.False(broken.Passed);
        Assert.Contains("could not be checked (InvalidOperationException: boom)", broken.Feedback);
        Assert.Equal("any ascending order", Exercise.Check<int[]?>("E5", null, sorted, Hint, "any ascending order", showSolution: true).Solution);
    }

    [Fact]
    public void Author_mistakes_are_argument_errors_naming_the_parameter()
    {
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => Exercise.CheckNumber(" ", 1, 1, 0.1, Hint)).ParamName);
        Assert.Equal("hint", Assert.Throws<ArgumentException>(() => Exercise.CheckNumber("E", 1, 1, 0.1, "")).ParamName);
        Assert.Equal("relativeTolerance", Assert.Throws<ArgumentOutOfRangeException>(() => Exercise.CheckNumber("E", 1, 1, -0.1, Hint)).ParamName);
        Assert.Equal("absoluteTolerance", Assert.Throws<ArgumentOutOfRangeException>(() => Exercise.CheckNumber("E", 1, 1, 0.1, Hint, absoluteTolerance: double.NaN)).ParamName);
        Assert.Equal("expected", Assert.Throws<ArgumentOutOfRangeException>(() => Exercise.CheckNumber("E", 1, double.NaN, 0.1, Hint)).ParamName);
        Assert.Equal("high", Assert.Throws<ArgumentOutOfRangeException>(() => Exercise.CheckRange("E", 1, 2, 1, Hint)).ParamName);
        Assert.Equal("low", Assert.Throws<ArgumentOutOfRangeException>(() => Exercise.CheckRange("E", 1, double.NegativeInfinity, 1, Hint)).ParamName);
        Assert.Equal("expected", Assert.Throws<ArgumentException>(() => Exercise.CheckChoice("E", "a", "", Hint)).ParamName);
        Assert.Equal("isCorrect", Assert.Throws<ArgumentNullException>(() => Exercise.Check<int?>("E", 1, null!, Hint, "s")).ParamName);
        Assert.Equal("solution", Assert.Throws<ArgumentException>(() => Exercise.Check<int?>("E", 1, _ => true, Hint, " ")).ParamName);
    }

    [Fact]
    public void Any_answer_gives_feedback_without_throwing_and_without_a_solution_unless_asked()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<double>(), ArbMap.Default.ArbFor<bool>(), (answer, asked) =>
        {
            ExerciseResult number = Exercise.CheckNumber("E", answer, 0.5, 0.01, Hint, showSolution: asked);
            ExerciseResult range = Exercise.CheckRange("E", answer, 0.1, 0.9, Hint, showSolution: asked);
            bool passedIffClose = number.Passed == (Math.Abs(answer - 0.5) <= 0.005);
            bool rangeIffInside = range.Passed == (answer >= 0.1 && answer <= 0.9);
            bool solutionIffAsked = (number.Solution is not null) == asked && (range.Solution is not null) == asked;
            bool hintIffWrong = number.Feedback.Contains("Hint: " + Hint) == !number.Passed;
            return passedIffClose && rangeIffInside && solutionIffAsked && hintIffWrong;
        }).QuickCheckThrowOnFailure();
    }
}
