using System.Text.RegularExpressions;
using LrNotebooks.Runner.Tests.Support;
using LrNotebooks.Notebooks;

namespace LrNotebooks.Runner.Tests;

/// <summary>
/// Exercises keep their answers: a check cell is one call into LrNotebooks.Course's <c>Exercises</c>, so no expected
/// value, explanation or correct letter stands in a notebook; the student's variable is committed as <c>null</c>.
/// </summary>
public sealed partial class ExerciseCellTests
{
    public static TheoryData<string> Notebooks => RepositoryPaths.CommittedNotebookNames;

    [GeneratedRegex(@"^Exercises\.(?<class>[A-Z]\w*)\.(?<id>E\d+)\.Check\((?<answer>\w+)(, .+)?\)$")]
    private static partial Regex CheckCall();

    [SkippableTheory]
    [MemberData(nameof(Notebooks))]
    public void Every_check_cell_is_one_call_into_the_library_and_its_answer_starts_as_null(string name)
    {
        Skip.If(name == RepositoryPaths.NoNotebooks, "notebooks/ holds no notebook yet");
        var notebook = NotebookReader.Read(Path.Combine(RepositoryPaths.NotebooksDirectory, name));
        var declared = new List<string>();
        var checkedIds = new List<string>();
        foreach (var cell in notebook.CodeCells)
        {
            var where = $"{name} cell {cell.Number} `{cell.FirstLine}`";
            string source = cell.Source.Trim();
            Assert.DoesNotMatch(@"\bExercise\.Check|showSolution|expected(E\d|Answer)", source);
            declared.AddRange(Regex.Matches(source, @"\b(?<name>\w+) = null;").Select(m => m.Groups["name"].Value));
            if (!source.Contains("Exercises.", StringComparison.Ordinal)) continue;

            var call = CheckCall().Match(source);
            Assert.True(call.Success, $"{where}: a check cell holds exactly one line, Exercises.<Notebook>.E<n>.Check(answer[, run])");
            Assert.Contains(call.Groups["answer"].Value, declared);
            checkedIds.Add(call.Groups["id"].Value);
        }
        Assert.Equal(checkedIds.Distinct(), checkedIds);
        if (name.StartsWith('0'))
            Assert.True(checkedIds.Count >= 3, $"{name}: {checkedIds.Count} exercises; every lesson has at least one of each new kind");
    }
}
