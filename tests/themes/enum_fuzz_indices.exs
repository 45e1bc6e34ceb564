# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule P do
  def p(l, f) do
    try do
      IO.puts(l <> " => " <> inspect(f.()))
    rescue
      e -> IO.puts(l <> " !! " <> inspect(e.__struct__))
    end
  end
end
l = [8, 2, 5, 9, 7, 9, 1, 9, 0]; str = "dcébb日"; P.p("Enum.chunk_every(l, 4, 4, :discard)", fn -> Enum.chunk_every(l, 4, 4, :discard) end)
l = [3, 2]; str = "éd日a日a"; P.p("Enum.at(-7..12, 1)", fn -> Enum.at(-7..12, 1) end)
l = [7, 9, 6, 6]; str = "日éd"; P.p("Enum.drop(l, -8)", fn -> Enum.drop(l, -8) end)
l = [4, 6, 4]; str = "édé"; P.p("Enum.reverse_slice(l, -1, 4)", fn -> Enum.reverse_slice(l, -1, 4) end)
l = []; str = "cé日日b日"; P.p("Enum.drop(l, -5)", fn -> Enum.drop(l, -5) end)
l = [9, 4, 4]; str = ""; P.p("Enum.reverse(-10..3//-1)", fn -> Enum.reverse(-10..3//-1) end)
l = [2, 0, 4, 6, 6, 1]; str = ""; P.p("Enum.slice(l, 7..7//1)", fn -> Enum.slice(l, 7..7//1) end)
l = [8, 3, 0, 4]; str = ""; P.p("String.duplicate(str, 5)", fn -> String.duplicate(str, 5) end)
l = [4, 9, 4, 2, 0, 5]; str = "cb"; P.p("List.pop_at(l, 0)", fn -> List.pop_at(l, 0) end)
l = [8, 1, 9, 8, 4, 6, 3, 4, 6]; str = "éc"; P.p("Range.size(5..-2//1)", fn -> Range.size(5..-2//1) end)
l = [9, 9, 2, 0, 5, 7]; str = "日c"; P.p("Enum.drop(l, 7)", fn -> Enum.drop(l, 7) end)
l = []; str = "acc日d"; P.p("Enum.slice(1..20//3, -3, 3)", fn -> Enum.slice(1..20//3, -3, 3) end)
l = [5, 5]; str = "éccdaa"; P.p("String.slice(str, 6..9)", fn -> String.slice(str, 6..9) end)
l = [3, 5, 2, 6]; str = "日aaéc"; P.p("Range.size(-2..9//2)", fn -> Range.size(-2..9//2) end)
l = [3, 9, 7, 4, 3]; str = "aaébcé"; P.p("Enum.at(l, -7)", fn -> Enum.at(l, -7) end)
l = [6, 4]; str = "cdc日"; P.p("Enum.slice(1..20//3, 1, 5)", fn -> Enum.slice(1..20//3, 1, 5) end)
l = [2, 3, 0, 7, 9, 8]; str = "é日b"; P.p("Enum.slice(l, -11, 11)", fn -> Enum.slice(l, -11, 11) end)
l = [3, 1, 9, 4, 1]; str = "baa日éb"; P.p("String.pad_leading(str, 1)", fn -> String.pad_leading(str, 1) end)
l = [2]; str = "cb日a"; P.p("Enum.drop(4..5//-1, 2)", fn -> Enum.drop(4..5//-1, 2) end)
l = [4, 8]; str = "acb"; P.p("Enum.drop(l, -1)", fn -> Enum.drop(l, -1) end)
l = [2, 0, 7, 9]; str = "dacbcé"; P.p("Enum.chunk_every(l, 1, 4, :discard)", fn -> Enum.chunk_every(l, 1, 4, :discard) end)
l = []; str = "abaaaa"; P.p("Enum.take(l, -5)", fn -> Enum.take(l, -5) end)
l = [5, 1]; str = "d日"; P.p("Enum.take(l, -3)", fn -> Enum.take(l, -3) end)
l = [6, 1, 2, 8, 0]; str = "日daéb"; P.p("List.pop_at(l, -11)", fn -> List.pop_at(l, -11) end)
l = []; str = "dac日"; P.p("Enum.at(3..12, 4)", fn -> Enum.at(3..12, 4) end)
l = []; str = "b"; P.p("Enum.sort(l) |> Enum.dedup()", fn -> Enum.sort(l) |> Enum.dedup() end)
l = [2, 0, 5, 5, 8, 4]; str = ""; P.p("Enum.chunk_every(l, 5, 4)", fn -> Enum.chunk_every(l, 5, 4) end)
l = [5]; str = "éaé日"; P.p("Enum.count(-12..3//2)", fn -> Enum.count(-12..3//2) end)
l = [1, 9, 1, 6, 2, 0, 5, 1]; str = ""; P.p("Enum.slice(l, -9, 9)", fn -> Enum.slice(l, -9, 9) end)
l = []; str = "ééé日ba"; P.p("Enum.at(l, 5)", fn -> Enum.at(l, 5) end)
l = [9, 2, 1, 3, 2]; str = "bdé日d"; P.p("String.duplicate(str, 4)", fn -> String.duplicate(str, 4) end)
l = [1, 6, 8, 3, 6, 2]; str = "日éé"; P.p("String.duplicate(str, 2)", fn -> String.duplicate(str, 2) end)
l = [1, 7]; str = "d日édé"; P.p("List.delete_at(l, 11)", fn -> List.delete_at(l, 11) end)
l = [8, 5, 3, 8, 4, 6, 9, 9, 9]; str = "bc"; P.p("List.delete_at(l, -12)", fn -> List.delete_at(l, -12) end)
l = [5, 3, 5, 7, 2, 6, 7, 9, 3]; str = "é日é"; P.p("List.update_at(l, -12, &{&1})", fn -> List.update_at(l, -12, &{&1}) end)
l = [3, 1, 3]; str = "cbbcbb"; P.p("Enum.sort(l) |> Enum.dedup()", fn -> Enum.sort(l) |> Enum.dedup() end)
l = [2, 6, 1, 1, 1]; str = ""; P.p("Enum.slice(l, -4, -3)", fn -> Enum.slice(l, -4, -3) end)
l = [0, 0, 5, 5, 6]; str = "dab"; P.p("Enum.slice(1..20//3, 8, 4)", fn -> Enum.slice(1..20//3, 8, 4) end)
l = [1, 4, 1, 6, 1]; str = "éca"; P.p("String.pad_leading(str, 3)", fn -> String.pad_leading(str, 3) end)
l = [1, 5, 9, 8]; str = "a日dé"; P.p("Enum.drop_every(l, 5)", fn -> Enum.drop_every(l, 5) end)
l = [2, 5]; str = "daaéb"; P.p("Range.size(-2..8//-2)", fn -> Range.size(-2..8//-2) end)
l = [7, 7]; str = "b日"; P.p("Range.size(-10..-9//2)", fn -> Range.size(-10..-9//2) end)
l = [4]; str = "da"; P.p("String.slice(str, -8, -11)", fn -> String.slice(str, -8, -11) end)
l = [5, 5, 6, 7, 8, 1, 5, 7]; str = "abcéa日"; P.p("Enum.chunk_every(l, 2, 2, :discard)", fn -> Enum.chunk_every(l, 2, 2, :discard) end)
l = [6, 2, 9, 9, 2, 6]; str = "béébéb"; P.p("Enum.slice(1..20, -6..-4)", fn -> Enum.slice(1..20, -6..-4) end)
l = [6, 5, 8, 9, 4, 7]; str = "日日c日"; P.p("Enum.zip(l, Enum.drop(l, 2))", fn -> Enum.zip(l, Enum.drop(l, 2)) end)
l = [7, 2, 8]; str = "dbbéb"; P.p("Enum.fetch(l, -11)", fn -> Enum.fetch(l, -11) end)
l = [2, 7]; str = "aéaacé"; P.p("Enum.count(-5..4//1)", fn -> Enum.count(-5..4//1) end)
l = [5, 5, 2, 1, 9]; str = "a日a日cb"; P.p("Enum.drop(l, -2)", fn -> Enum.drop(l, -2) end)
l = [0]; str = "ab日"; P.p("Enum.take(l, -4)", fn -> Enum.take(l, -4) end)
l = [3, 7, 4, 0, 7, 7]; str = "日ddbda"; P.p("String.pad_leading(str, 3)", fn -> String.pad_leading(str, 3) end)
l = [9, 6, 3, 0, 3]; str = "cb"; P.p("Enum.count_until(l, 2)", fn -> Enum.count_until(l, 2) end)
l = [9, 6]; str = "b日ab"; P.p("Enum.drop(l, -9)", fn -> Enum.drop(l, -9) end)
l = []; str = "addcda"; P.p("List.update_at(l, 10, &{&1})", fn -> List.update_at(l, 10, &{&1}) end)
l = [7, 0, 3, 3, 1, 6]; str = "bbc"; P.p("Enum.slice(l, 7, -9)", fn -> Enum.slice(l, 7, -9) end)
l = [4, 7, 4, 7]; str = "é"; P.p("Enum.slice(-4..-12//3, 1, 3)", fn -> Enum.slice(-4..-12//3, 1, 3) end)
l = []; str = "daééa"; P.p("Enum.at(l, -9)", fn -> Enum.at(l, -9) end)
l = []; str = "ab日"; P.p("Enum.split_while(l, &(&1 < -2))", fn -> Enum.split_while(l, &(&1 < -2)) end)
l = [0, 6, 4, 9, 6]; str = ""; P.p("Enum.min_max(l)", fn -> Enum.min_max(l) end)
l = [8, 6, 2, 6, 8]; str = "bc"; P.p("String.duplicate(str, 4)", fn -> String.duplicate(str, 4) end)
l = [2, 8, 9, 6]; str = "abb"; P.p("String.slice(str, 10, 12)", fn -> String.slice(str, 10, 12) end)
l = [5]; str = "é"; P.p("Enum.chunk_every(8..-11, 3)", fn -> Enum.chunk_every(8..-11, 3) end)
l = [5, 0, 1, 3, 6]; str = "acécad"; P.p("Enum.sort(l) |> Enum.dedup()", fn -> Enum.sort(l) |> Enum.dedup() end)
l = [9, 0]; str = ""; P.p("List.delete_at(l, -5)", fn -> List.delete_at(l, -5) end)
l = [5, 8, 3, 7, 2, 9, 1, 0, 1]; str = "aabc"; P.p("Enum.split_while(l, &(&1 < -9))", fn -> Enum.split_while(l, &(&1 < -9)) end)
l = [1, 7, 5, 6, 9, 7, 1, 4, 9]; str = "dba"; P.p("Enum.member?(5..-12//-1, 3)", fn -> Enum.member?(5..-12//-1, 3) end)
l = [3, 7, 1, 8, 5]; str = "日aé"; P.p("Enum.drop(l, -3)", fn -> Enum.drop(l, -3) end)
l = [6, 7, 1]; str = "bc"; P.p("Enum.drop(l, -2)", fn -> Enum.drop(l, -2) end)
l = [6, 5, 3, 9, 6, 7, 6, 7]; str = "acab"; P.p("Enum.reverse(-9..-12//2)", fn -> Enum.reverse(-9..-12//2) end)
l = [0, 3, 3, 4, 7, 6, 0]; str = "d日"; P.p("Enum.at(-6..11, 2)", fn -> Enum.at(-6..11, 2) end)
l = [6, 7, 1, 3]; str = "d"; P.p("Enum.zip(l, Enum.drop(l, 4))", fn -> Enum.zip(l, Enum.drop(l, 4)) end)
l = [4, 7, 7, 8, 8, 3]; str = "cc"; P.p("List.replace_at(l, -12, :r)", fn -> List.replace_at(l, -12, :r) end)
l = [8, 0, 0]; str = "日"; P.p("Enum.drop(4..-8//-2, 2)", fn -> Enum.drop(4..-8//-2, 2) end)
l = []; str = "d"; P.p("Enum.slice(l, -1..-1)", fn -> Enum.slice(l, -1..-1) end)
l = [0, 4, 6]; str = "aé"; P.p("List.update_at(l, 5, &{&1})", fn -> List.update_at(l, 5, &{&1}) end)
l = [6, 4, 5, 0, 0, 6, 0]; str = "日bébb"; P.p("Enum.chunk_every(l, 5, 3, :discard)", fn -> Enum.chunk_every(l, 5, 3, :discard) end)
l = [4, 0]; str = "a"; P.p("String.duplicate(str, 4)", fn -> String.duplicate(str, 4) end)
l = [8, 6, 5, 8, 2, 4, 2, 1, 2]; str = "éadcdd"; P.p("Enum.count_until(l, 3)", fn -> Enum.count_until(l, 3) end)
l = [2, 8, 0, 6, 7]; str = "bdééca"; P.p("Enum.slice(1..20, -2..6)", fn -> Enum.slice(1..20, -2..6) end)
l = [4, 4]; str = ""; P.p("Enum.reverse_slice(l, 1, 3)", fn -> Enum.reverse_slice(l, 1, 3) end)
l = [7, 3, 4, 5, 2, 6, 6]; str = "ac"; P.p("Enum.split_while(l, &(&1 < -11))", fn -> Enum.split_while(l, &(&1 < -11)) end)
l = [0, 2, 6, 4]; str = "adb"; P.p("String.duplicate(str, 5)", fn -> String.duplicate(str, 5) end)
l = [0]; str = "日a"; P.p("Enum.drop(1..-4//-1, 2)", fn -> Enum.drop(1..-4//-1, 2) end)
l = [8, 0, 2, 3, 7, 2, 2, 2]; str = "b日d日d"; P.p("Enum.drop_every(l, 4)", fn -> Enum.drop_every(l, 4) end)
l = [4, 3]; str = "bbaéb"; P.p("List.update_at(l, 5, &{&1})", fn -> List.update_at(l, 5, &{&1}) end)
l = [0, 4]; str = ""; P.p("String.at(str, -8)", fn -> String.at(str, -8) end)
l = [9, 1, 3, 0, 5]; str = "d"; P.p("String.at(str, -5)", fn -> String.at(str, -5) end)
l = [7, 0, 5, 8, 7]; str = "ddéé"; P.p("Enum.fetch(l, -3)", fn -> Enum.fetch(l, -3) end)
l = [9, 4, 2]; str = "bc"; P.p("String.at(str, -4)", fn -> String.at(str, -4) end)
l = [2, 1, 9, 0, 2, 1, 6, 9, 5]; str = "日cad"; P.p("Enum.map_every(l, 3, &(&1 * 10))", fn -> Enum.map_every(l, 3, &(&1 * 10)) end)
l = [3, 5, 7, 8, 9, 5, 5, 9, 5]; str = "é日c日c"; P.p("Enum.slice(1..20//3, -3, 2)", fn -> Enum.slice(1..20//3, -3, 2) end)
l = [3, 5, 3, 4, 6, 4, 7, 2]; str = "céb"; P.p("Enum.to_list(7..4//-2)", fn -> Enum.to_list(7..4//-2) end)
l = [6, 8, 9, 4, 0, 3]; str = "ddbacé"; P.p("Enum.slice(l, -6..-11//-2)", fn -> Enum.slice(l, -6..-11//-2) end)
l = [8, 5, 0, 4, 5, 8]; str = "dd"; P.p("Enum.with_index(l, -1)", fn -> Enum.with_index(l, -1) end)
l = [3, 0, 5, 1, 9]; str = ""; P.p("List.delete_at(l, -8)", fn -> List.delete_at(l, -8) end)
l = [0, 0, 8]; str = "céd日c"; P.p("Enum.drop_every(l, 3)", fn -> Enum.drop_every(l, 3) end)
l = [3, 7, 2, 4, 4, 8]; str = "a"; P.p("Enum.split_while(l, &(&1 < 7))", fn -> Enum.split_while(l, &(&1 < 7)) end)
l = [0, 7, 2, 7, 4, 2]; str = "bé日"; P.p("String.slice(str, 1, 6)", fn -> String.slice(str, 1, 6) end)
l = [1]; str = "日ca"; P.p("Enum.fetch(l, -12)", fn -> Enum.fetch(l, -12) end)
l = [6, 9, 3, 5, 3]; str = "daa日é"; P.p("Enum.count(-12..4//-2)", fn -> Enum.count(-12..4//-2) end)
l = [7, 8, 6]; str = "cd"; P.p("List.update_at(l, 9, &{&1})", fn -> List.update_at(l, 9, &{&1}) end)
l = [2, 9, 8, 5, 9, 8, 5, 5, 9]; str = "日日ébda"; P.p("Enum.drop(l, -2)", fn -> Enum.drop(l, -2) end)
l = [1, 7]; str = ""; P.p("Enum.chunk_every(l, 3)", fn -> Enum.chunk_every(l, 3) end)
l = []; str = "db"; P.p("Enum.chunk_every(0..9, 3)", fn -> Enum.chunk_every(0..9, 3) end)
l = [3, 2, 4, 4, 5, 4]; str = ""; P.p("String.slice(str, 10..-2)", fn -> String.slice(str, 10..-2) end)
l = [2, 9, 2, 3, 7, 3, 3]; str = "日cébb日"; P.p("Enum.slide(l, 12, 4)", fn -> Enum.slide(l, 12, 4) end)
l = [4, 7]; str = "aa"; P.p("Enum.to_list(5..2//-1)", fn -> Enum.to_list(5..2//-1) end)
l = [6, 7, 3, 6, 8, 7, 5, 6]; str = "dba日"; P.p("Enum.take_every(l, 5)", fn -> Enum.take_every(l, 5) end)
l = [8, 2, 4, 7, 8]; str = "d"; P.p("Enum.fetch(l, -1)", fn -> Enum.fetch(l, -1) end)
l = [9, 1, 8]; str = "cé日c"; P.p("Enum.at(5..-2, 3)", fn -> Enum.at(5..-2, 3) end)
l = [5, 6, 7, 5, 9, 2, 3, 4]; str = "béd日a"; P.p("Enum.with_index(l, -2)", fn -> Enum.with_index(l, -2) end)
l = [6, 7, 3, 6, 8, 9, 5, 1]; str = "aéd日b"; P.p("List.update_at(l, -7, &{&1})", fn -> List.update_at(l, -7, &{&1}) end)
l = [1, 6, 8, 8, 5, 6, 4, 1]; str = "c日c"; P.p("String.duplicate(str, 2)", fn -> String.duplicate(str, 2) end)
l = [6, 2, 4, 5, 2]; str = "éé"; P.p("Enum.min_max(l)", fn -> Enum.min_max(l) end)
l = [1, 1, 2, 1, 3]; str = "cac"; P.p("String.slice(str, 12, -8)", fn -> String.slice(str, 12, -8) end)
l = [2, 5, 7, 6, 8, 9, 9, 6]; str = "dccécé"; P.p("Enum.take_every(l, 1)", fn -> Enum.take_every(l, 1) end)
l = []; str = "b"; P.p("Enum.with_index(l, 4)", fn -> Enum.with_index(l, 4) end)
l = [9, 5, 3, 1, 2, 3, 1, 7]; str = "日cb"; P.p("Enum.slice(l, -9, 5)", fn -> Enum.slice(l, -9, 5) end)
l = [1, 9]; str = ""; P.p("Enum.chunk_every(l, 1, 1, [:pad])", fn -> Enum.chunk_every(l, 1, 1, [:pad]) end)
l = [6, 7, 8, 9, 7, 4, 2, 0]; str = ""; P.p("Enum.at(-3..9, 2)", fn -> Enum.at(-3..9, 2) end)
l = [8, 5, 5, 1, 0]; str = "bdaéd日"; P.p("Enum.slice(l, 11, -2)", fn -> Enum.slice(l, 11, -2) end)
l = []; str = "bb"; P.p("Enum.chunk_every(l, 1, 4, :discard)", fn -> Enum.chunk_every(l, 1, 4, :discard) end)
l = [1, 8, 9, 3, 4, 1, 0, 6, 0]; str = "cbbd"; P.p("Enum.take(l, -5)", fn -> Enum.take(l, -5) end)
l = [8, 9, 6]; str = "cabdé"; P.p("Enum.count(4..-9//3)", fn -> Enum.count(4..-9//3) end)
l = [2, 4, 8, 2, 3, 5, 8, 4]; str = ""; P.p("Enum.zip(l, Enum.drop(l, 4))", fn -> Enum.zip(l, Enum.drop(l, 4)) end)
l = [0, 0, 0, 7, 9, 0]; str = ""; P.p("Enum.drop(10..4//-1, 2)", fn -> Enum.drop(10..4//-1, 2) end)
l = [4, 7, 7, 4]; str = "cbc日éa"; P.p("String.slice(str, 0, 8)", fn -> String.slice(str, 0, 8) end)
l = [2]; str = "dé日日é"; P.p("Enum.chunk_every(l, 1, 3, :discard)", fn -> Enum.chunk_every(l, 1, 3, :discard) end)
l = [0, 7, 1, 5, 7, 1, 6, 5]; str = "dddc"; P.p("Enum.split_while(l, &(&1 < -12))", fn -> Enum.split_while(l, &(&1 < -12)) end)
l = [7, 4, 3, 5]; str = ""; P.p("Enum.drop(8..-4//-1, 2)", fn -> Enum.drop(8..-4//-1, 2) end)
l = [5, 9, 0]; str = "béaéd"; P.p("Enum.chunk_every(-5..0, 3)", fn -> Enum.chunk_every(-5..0, 3) end)
l = [8, 7]; str = "dd"; P.p("Range.size(6..6//3)", fn -> Range.size(6..6//3) end)
l = [6, 5, 6, 4, 8]; str = "b"; P.p("Enum.slice(l, -5, -6)", fn -> Enum.slice(l, -5, -6) end)
l = [9]; str = "ddddéé"; P.p("Enum.slice(5..1//-2, 1, 3)", fn -> Enum.slice(5..1//-2, 1, 3) end)
l = []; str = "é日bab"; P.p("String.split_at(str, 6)", fn -> String.split_at(str, 6) end)
l = [1]; str = ""; P.p("Enum.split_while(l, &(&1 < -6))", fn -> Enum.split_while(l, &(&1 < -6)) end)
l = [2, 2, 3, 6, 7, 5]; str = "déacé"; P.p("Enum.with_index(l, -12)", fn -> Enum.with_index(l, -12) end)
l = [4]; str = "a"; P.p("Enum.chunk_every(l, 2)", fn -> Enum.chunk_every(l, 2) end)
l = [5]; str = "cbéb"; P.p("Enum.chunk_every(l, 1, 3)", fn -> Enum.chunk_every(l, 1, 3) end)
l = [4, 9]; str = ""; P.p("Enum.chunk_every(l, 3, 2, :discard)", fn -> Enum.chunk_every(l, 3, 2, :discard) end)
l = [3, 8, 1]; str = "dca"; P.p("String.slice(str, 5, 0)", fn -> String.slice(str, 5, 0) end)
l = [7, 3, 4]; str = "日a"; P.p("Enum.count_until(l, 3)", fn -> Enum.count_until(l, 3) end)
l = [9]; str = "aabc"; P.p("Enum.chunk_every(l, 2, 3, [:pad])", fn -> Enum.chunk_every(l, 2, 3, [:pad]) end)
l = [5]; str = "éadc"; P.p("Enum.slice(l, 5..-3)", fn -> Enum.slice(l, 5..-3) end)
l = [2, 7, 0, 1, 2, 5, 7]; str = "dé"; P.p("Enum.reverse(-6..2//-1)", fn -> Enum.reverse(-6..2//-1) end)
l = [0, 8, 5, 7, 9]; str = "éda"; P.p("Enum.sum(3..-10//3)", fn -> Enum.sum(3..-10//3) end)
l = [2]; str = "日"; P.p("String.pad_leading(str, 3)", fn -> String.pad_leading(str, 3) end)
l = [0, 9, 0, 6, 2]; str = ""; P.p("Enum.chunk_every(l, 4, 3)", fn -> Enum.chunk_every(l, 4, 3) end)
l = [0, 7, 6, 8, 1, 1, 1]; str = "abaca"; P.p("Enum.drop(9..-2//1, 2)", fn -> Enum.drop(9..-2//1, 2) end)
l = [0, 1, 8, 3, 5, 7, 9]; str = "c日"; P.p("Enum.reverse(-12..-6//-2)", fn -> Enum.reverse(-12..-6//-2) end)
l = [6, 2, 5, 7, 8, 8, 6, 7, 2]; str = "日c日c"; P.p("Enum.chunk_every(-10..-5, 3)", fn -> Enum.chunk_every(-10..-5, 3) end)
l = [3, 8, 8, 5, 4, 5]; str = "bc"; P.p("Enum.zip(l, Enum.drop(l, 4))", fn -> Enum.zip(l, Enum.drop(l, 4)) end)
l = [6, 8, 6, 3, 1, 5, 0]; str = "日cda"; P.p("Enum.to_list(8..8//-1)", fn -> Enum.to_list(8..8//-1) end)
l = [8, 8, 7, 3, 4, 1, 1]; str = "ddd日bb"; P.p("Enum.take(1..5, -4)", fn -> Enum.take(1..5, -4) end)
l = [3, 3]; str = "日éa"; P.p("Enum.take(l, -3)", fn -> Enum.take(l, -3) end)
l = [7, 4, 7, 9, 0]; str = "日ccb日d"; P.p("Enum.take(l, 6)", fn -> Enum.take(l, 6) end)
l = [1, 3, 8]; str = ""; P.p("Enum.drop(l, -3)", fn -> Enum.drop(l, -3) end)
l = []; str = "bca"; P.p("List.update_at(l, -7, &{&1})", fn -> List.update_at(l, -7, &{&1}) end)
l = [8, 0, 0, 8, 3, 5, 2, 9]; str = "éb"; P.p("Enum.reverse(-1..-1//-2)", fn -> Enum.reverse(-1..-1//-2) end)
l = [6, 0, 7, 6, 0, 9]; str = ""; P.p("Enum.sort(l) |> Enum.dedup()", fn -> Enum.sort(l) |> Enum.dedup() end)
l = [1, 6]; str = "ad日db"; P.p("Enum.take(l, 9)", fn -> Enum.take(l, 9) end)
l = [6, 5]; str = "日ab"; P.p("String.slice(str, 10..7)", fn -> String.slice(str, 10..7) end)
l = [5, 5, 4, 9, 2, 3]; str = "日a"; P.p("Enum.drop(-5..8//2, 2)", fn -> Enum.drop(-5..8//2, 2) end)
l = [9, 7]; str = "éédbdc"; P.p("List.pop_at(l, 0)", fn -> List.pop_at(l, 0) end)
l = [1, 3, 9, 5, 5, 4]; str = "日日"; P.p("Enum.chunk_every(l, 4)", fn -> Enum.chunk_every(l, 4) end)
l = [8, 1, 4, 5, 9]; str = "c日bb日日"; P.p("Range.size(0..8//2)", fn -> Range.size(0..8//2) end)
l = [4, 7, 3, 1, 1, 8, 9, 0, 9]; str = "aéé"; P.p("String.slice(str, 6..-3)", fn -> String.slice(str, 6..-3) end)
l = [2, 4, 2, 7, 6, 4, 8, 3]; str = "日"; P.p("List.insert_at(l, 6, :x)", fn -> List.insert_at(l, 6, :x) end)
l = []; str = "日daé"; P.p("String.slice(str, 1, 1)", fn -> String.slice(str, 1, 1) end)
l = [4, 5, 9, 6, 1, 7]; str = "a"; P.p("Enum.take(l, -1)", fn -> Enum.take(l, -1) end)
l = [3]; str = "écc日"; P.p("String.pad_leading(str, 4)", fn -> String.pad_leading(str, 4) end)
l = [0, 2, 3, 9, 3, 1, 3, 5, 2]; str = "abdé"; P.p("Enum.slice(l, 2..-12//1)", fn -> Enum.slice(l, 2..-12//1) end)
l = [3, 1, 0, 1, 1, 8]; str = "c日bbd"; P.p("String.at(str, -7)", fn -> String.at(str, -7) end)
l = [2, 3]; str = "日"; P.p("Enum.split_while(l, &(&1 < -4))", fn -> Enum.split_while(l, &(&1 < -4)) end)
l = [5, 1, 2, 2]; str = "éadab"; P.p("Enum.take(1..5, -9)", fn -> Enum.take(1..5, -9) end)
l = [8, 6, 0]; str = "ad"; P.p("Enum.sum(-5..4//-1)", fn -> Enum.sum(-5..4//-1) end)
l = [9, 2, 3, 8, 4, 1, 2, 7, 6]; str = ""; P.p("String.split_at(str, 7)", fn -> String.split_at(str, 7) end)
l = [1, 1]; str = "abb"; P.p("Enum.drop(-2..7//3, 2)", fn -> Enum.drop(-2..7//3, 2) end)
l = [1]; str = "cééaac"; P.p("Enum.drop_every(l, 2)", fn -> Enum.drop_every(l, 2) end)
l = []; str = "c日日éd日"; P.p("Enum.split(l, -12)", fn -> Enum.split(l, -12) end)
l = [8, 5]; str = "日"; P.p("Enum.drop(l, -5)", fn -> Enum.drop(l, -5) end)
l = [2, 6, 4, 1, 9, 3]; str = "日éa"; P.p("String.pad_leading(str, 5)", fn -> String.pad_leading(str, 5) end)
l = [3, 3, 8]; str = "édd日日"; P.p("Enum.member?(-3..10//2, 2)", fn -> Enum.member?(-3..10//2, 2) end)
l = [8, 7]; str = "日日"; P.p("Enum.chunk_every(l, 4, 3, :discard)", fn -> Enum.chunk_every(l, 4, 3, :discard) end)
l = [6, 4, 1, 9, 9, 5, 1, 1]; str = "édc"; P.p("String.split_at(str, 10)", fn -> String.split_at(str, 10) end)
l = [9, 7, 2, 1, 9, 6, 7, 3, 7]; str = "a日"; P.p("Enum.sort(l) |> Enum.dedup()", fn -> Enum.sort(l) |> Enum.dedup() end)
l = [0, 0, 7]; str = "édé"; P.p("Enum.slice(1..20//3, 0, 2)", fn -> Enum.slice(1..20//3, 0, 2) end)
l = [7, 1, 3, 2, 2, 5]; str = ""; P.p("String.at(str, 9)", fn -> String.at(str, 9) end)
l = [0, 9, 4, 7, 5]; str = "abd日日a"; P.p("Enum.slide(l, -4, -12)", fn -> Enum.slide(l, -4, -12) end)
l = [1, 7, 6, 0, 6, 0, 4]; str = "éb日"; P.p("Enum.slice(1..20//3, 0, 4)", fn -> Enum.slice(1..20//3, 0, 4) end)
l = [1]; str = "a"; P.p("Enum.slice(l, -5..10//3)", fn -> Enum.slice(l, -5..10//3) end)
l = []; str = "bac"; P.p("String.duplicate(str, 4)", fn -> String.duplicate(str, 4) end)
l = [5, 5]; str = "cabd"; P.p("Enum.take(l, -3)", fn -> Enum.take(l, -3) end)
l = [7, 8]; str = "éd"; P.p("Enum.at(l, 4)", fn -> Enum.at(l, 4) end)
l = [1, 1, 9]; str = "c"; P.p("Enum.slice(l, -2..8//2)", fn -> Enum.slice(l, -2..8//2) end)
l = [8, 1, 2, 3, 5, 5, 3, 1, 2]; str = "日ab"; P.p("Enum.at(-4..-3, 3)", fn -> Enum.at(-4..-3, 3) end)
l = [8, 4, 5, 9, 7]; str = "ac日日"; P.p("String.slice(str, -6..10)", fn -> String.slice(str, -6..10) end)
l = [7, 4, 3, 5, 1, 7, 1, 8, 7]; str = "bc日ba"; P.p("Enum.chunk_every(l, 3, 1)", fn -> Enum.chunk_every(l, 3, 1) end)
l = [5, 4, 2, 9]; str = "日bb"; P.p("Enum.chunk_every(l, 5, 2, :discard)", fn -> Enum.chunk_every(l, 5, 2, :discard) end)
l = [5, 6, 1, 6]; str = "é"; P.p("Enum.sum(-9..-4//-2)", fn -> Enum.sum(-9..-4//-2) end)
l = []; str = "dcc"; P.p("Enum.split_while(l, &(&1 < -6))", fn -> Enum.split_while(l, &(&1 < -6)) end)
l = [6]; str = ""; P.p("Enum.drop(l, 4)", fn -> Enum.drop(l, 4) end)
l = [5, 9, 6, 0]; str = "bad"; P.p("Enum.chunk_every(l, 3, 3, :discard)", fn -> Enum.chunk_every(l, 3, 3, :discard) end)
l = [0, 3, 1, 2, 2]; str = "béadad"; P.p("List.replace_at(l, 1, :r)", fn -> List.replace_at(l, 1, :r) end)
l = [8, 4, 8, 5, 0]; str = "é"; P.p("Enum.at(l, -5)", fn -> Enum.at(l, -5) end)
l = [9, 0, 7, 7, 5, 2, 5]; str = "acacdé"; P.p("Enum.to_list(2..-2//3)", fn -> Enum.to_list(2..-2//3) end)
l = [8, 4, 2, 8, 1, 4, 7, 4, 7]; str = "aéc"; P.p("Enum.drop(l, -3)", fn -> Enum.drop(l, -3) end)
l = [2, 3, 7, 3, 8]; str = "a日"; P.p("Enum.chunk_every(l, 4, 4)", fn -> Enum.chunk_every(l, 4, 4) end)
l = [6, 9, 6, 4, 5, 7, 9, 0, 8]; str = "éab"; P.p("Enum.drop_every(l, 3)", fn -> Enum.drop_every(l, 3) end)
l = [4, 8, 8]; str = "dccc日b"; P.p("Enum.slice(l, -12..4//1)", fn -> Enum.slice(l, -12..4//1) end)
l = [9, 4, 6, 1, 2]; str = "日aca"; P.p("Enum.at(l, -7)", fn -> Enum.at(l, -7) end)
l = [7, 7, 4]; str = "日"; P.p("String.duplicate(str, 3)", fn -> String.duplicate(str, 3) end)
l = [9, 8, 3, 5, 5]; str = "c"; P.p("Enum.at(8..-4, 4)", fn -> Enum.at(8..-4, 4) end)
l = [1, 1, 0, 6, 7, 7, 9]; str = "dccd"; P.p("Enum.sort(l) |> Enum.dedup()", fn -> Enum.sort(l) |> Enum.dedup() end)
l = [0]; str = "ccdédé"; P.p("Enum.slice(l, 10..11)", fn -> Enum.slice(l, 10..11) end)
l = [9, 7, 4, 9]; str = "béc"; P.p("Enum.chunk_every(l, 4)", fn -> Enum.chunk_every(l, 4) end)
l = [3, 2, 1, 4, 7, 4, 2, 8]; str = "dad日d日"; P.p("List.pop_at(l, 2)", fn -> List.pop_at(l, 2) end)
l = [1, 3, 6, 0]; str = "dbd日日"; P.p("Enum.at(l, -11)", fn -> Enum.at(l, -11) end)
l = []; str = "caaé"; P.p("Enum.drop(l, -3)", fn -> Enum.drop(l, -3) end)
l = [8]; str = "é日"; P.p("Enum.chunk_every(l, 3, 1, :discard)", fn -> Enum.chunk_every(l, 3, 1, :discard) end)
l = [7, 1, 0, 4, 5, 5, 5, 6]; str = "日bcc"; P.p("String.at(str, -4)", fn -> String.at(str, -4) end)
l = [8, 5]; str = "ébcéaé"; P.p("Enum.split(l, 8)", fn -> Enum.split(l, 8) end)
l = [0, 1]; str = "é日日ééd"; P.p("Enum.count_until(l, 5)", fn -> Enum.count_until(l, 5) end)
l = [8, 9, 7]; str = "d日éccb"; P.p("Enum.sum(11..11//-2)", fn -> Enum.sum(11..11//-2) end)
l = [6, 3, 3, 6, 7, 3]; str = "ac日caa"; P.p("Enum.drop(-2..-2//1, 2)", fn -> Enum.drop(-2..-2//1, 2) end)
l = [9, 5, 8, 5]; str = "dd"; P.p("List.pop_at(l, 9)", fn -> List.pop_at(l, 9) end)
l = [8, 6, 7, 9]; str = "aa"; P.p("String.at(str, 2)", fn -> String.at(str, 2) end)
l = [7, 4, 9, 4, 3]; str = "adéd"; P.p("Enum.split(l, 5)", fn -> Enum.split(l, 5) end)
l = [9, 0, 0, 3, 3, 6, 5]; str = "日d日éb"; P.p("Enum.reverse(-2..4//3)", fn -> Enum.reverse(-2..4//3) end)
l = [0, 8, 6, 1]; str = "aébd日c"; P.p("List.replace_at(l, -5, :r)", fn -> List.replace_at(l, -5, :r) end)
l = [9, 0, 9]; str = "éé"; P.p("Enum.chunk_every(l, 5, 3, [:pad])", fn -> Enum.chunk_every(l, 5, 3, [:pad]) end)
l = [1, 7, 4, 8, 1, 3, 0]; str = "b"; P.p("Enum.chunk_every(l, 4)", fn -> Enum.chunk_every(l, 4) end)
l = [0]; str = "dac"; P.p("Enum.at(3..-5, 3)", fn -> Enum.at(3..-5, 3) end)
l = [7, 4, 8, 5, 6]; str = "daddé"; P.p("Enum.member?(-9..5//3, 2)", fn -> Enum.member?(-9..5//3, 2) end)
l = [2, 1, 4]; str = "b日dbé"; P.p("Enum.take_every(l, 3)", fn -> Enum.take_every(l, 3) end)
l = [4, 9]; str = "é"; P.p("String.pad_leading(str, 4)", fn -> String.pad_leading(str, 4) end)
l = [0, 7, 3, 4, 7, 1, 7, 6]; str = "cd"; P.p("String.split_at(str, 4)", fn -> String.split_at(str, 4) end)
l = [8]; str = ""; P.p("Enum.at(l, -6)", fn -> Enum.at(l, -6) end)
l = [9, 2, 9]; str = "c"; P.p("Enum.chunk_every(l, 3)", fn -> Enum.chunk_every(l, 3) end)
l = [0, 0, 3, 9, 5]; str = "dcéé"; P.p("Enum.zip(l, Enum.drop(l, 1))", fn -> Enum.zip(l, Enum.drop(l, 1)) end)
l = []; str = "dab"; P.p("String.slice(str, -7, 8)", fn -> String.slice(str, -7, 8) end)
l = [9]; str = ""; P.p("Enum.take_every(l, 5)", fn -> Enum.take_every(l, 5) end)
l = []; str = "bd"; P.p("Enum.fetch(l, 7)", fn -> Enum.fetch(l, 7) end)
l = [4, 7, 7]; str = "bcébéb"; P.p("Enum.sum(7..0//2)", fn -> Enum.sum(7..0//2) end)
l = [8, 7, 4, 2, 3, 3, 7, 8]; str = "a"; P.p("Enum.split_while(l, &(&1 < -7))", fn -> Enum.split_while(l, &(&1 < -7)) end)
l = [4, 3, 0, 4]; str = "c"; P.p("Enum.drop(l, -5)", fn -> Enum.drop(l, -5) end)
l = [5, 3, 7, 6, 3, 5, 2, 5]; str = ""; P.p("String.at(str, 9)", fn -> String.at(str, 9) end)
l = [3]; str = "日"; P.p("Enum.split(l, 7)", fn -> Enum.split(l, 7) end)
l = [4, 9, 3, 0]; str = "ba日"; P.p("Enum.at(-3..-2, 2)", fn -> Enum.at(-3..-2, 2) end)
l = [4, 3, 2, 4, 1, 2, 7, 5]; str = "é日日日c"; P.p("String.slice(str, 9..12)", fn -> String.slice(str, 9..12) end)
l = [5, 2, 0, 6, 7]; str = "cdé日a"; P.p("Enum.count(-7..7//-1)", fn -> Enum.count(-7..7//-1) end)
l = [4, 3]; str = "c"; P.p("Enum.slice(l, 12..-8//3)", fn -> Enum.slice(l, 12..-8//3) end)
l = [5, 1, 5, 2, 6]; str = "日c日ééc"; P.p("Enum.at(-11..3, 5)", fn -> Enum.at(-11..3, 5) end)
l = [2]; str = ""; P.p("Enum.drop_every(l, 5)", fn -> Enum.drop_every(l, 5) end)
l = [4, 1, 3, 1, 8, 3]; str = "ca日d"; P.p("Enum.at(1..11, 2)", fn -> Enum.at(1..11, 2) end)
l = [9, 4, 7, 8, 1, 7, 8, 4, 0]; str = "ébbadé"; P.p("Enum.slice(l, -11, 6)", fn -> Enum.slice(l, -11, 6) end)
l = [0, 3, 2, 3, 7]; str = "daé日"; P.p("List.insert_at(l, -8, :x)", fn -> List.insert_at(l, -8, :x) end)
l = [1, 7, 3, 3, 4, 3]; str = "aabc"; P.p("Enum.at(l, -10)", fn -> Enum.at(l, -10) end)
l = [3, 4]; str = "bdcééb"; P.p("List.update_at(l, -8, &{&1})", fn -> List.update_at(l, -8, &{&1}) end)
l = [3, 8, 1, 7, 2, 3]; str = "dbaécd"; P.p("Enum.fetch(l, -11)", fn -> Enum.fetch(l, -11) end)
l = [5, 0, 4]; str = "aé日add"; P.p("Enum.count(7..7//1)", fn -> Enum.count(7..7//1) end)
l = []; str = "b日d日ad"; P.p("Enum.count(4..-11//2)", fn -> Enum.count(4..-11//2) end)
l = [7, 5, 9, 5]; str = "日日dé日é"; P.p("Enum.chunk_every(l, 4, 4, :discard)", fn -> Enum.chunk_every(l, 4, 4, :discard) end)
l = [9, 7, 4, 1, 5, 9, 2, 6, 3]; str = "d"; P.p("Enum.split_while(l, &(&1 < 12))", fn -> Enum.split_while(l, &(&1 < 12)) end)
l = [5, 7, 6, 0, 0, 1, 3, 5]; str = "日édb"; P.p("Enum.zip(l, Enum.drop(l, 2))", fn -> Enum.zip(l, Enum.drop(l, 2)) end)
l = [3]; str = "cébad日"; P.p("Enum.at(4..12, 1)", fn -> Enum.at(4..12, 1) end)
l = [9, 3, 2]; str = "日"; P.p("Enum.split_while(l, &(&1 < 8))", fn -> Enum.split_while(l, &(&1 < 8)) end)
l = [1, 1, 4, 3, 6, 8, 4, 2, 4]; str = "日d日c"; P.p("Enum.take(l, 0)", fn -> Enum.take(l, 0) end)
l = []; str = "a"; P.p("Enum.with_index(l, -8)", fn -> Enum.with_index(l, -8) end)
l = [7, 1, 5, 7, 0, 6, 1]; str = "bdabd"; P.p("String.pad_leading(str, 1)", fn -> String.pad_leading(str, 1) end)
l = [5]; str = "écbé"; P.p("String.split_at(str, -2)", fn -> String.split_at(str, -2) end)
l = []; str = "d"; P.p("Enum.at(l, -7)", fn -> Enum.at(l, -7) end)
l = [8, 1, 7, 5, 7]; str = "ac"; P.p("List.delete_at(l, 12)", fn -> List.delete_at(l, 12) end)
l = [1, 7, 3, 7, 0]; str = ""; P.p("Enum.with_index(l, 1)", fn -> Enum.with_index(l, 1) end)
l = [3, 6, 0, 5]; str = "dca日éb"; P.p("Enum.take(l, -4)", fn -> Enum.take(l, -4) end)
l = [5, 0]; str = "日b"; P.p("String.slice(str, -7, 8)", fn -> String.slice(str, -7, 8) end)
l = []; str = "日acé"; P.p("Enum.sum(8..8//1)", fn -> Enum.sum(8..8//1) end)
l = [7, 7, 1, 3]; str = "日cddb"; P.p("Enum.take(l, -2)", fn -> Enum.take(l, -2) end)
l = [8, 1, 9, 4, 7, 7, 7]; str = ""; P.p("String.split_at(str, -8)", fn -> String.split_at(str, -8) end)
l = [7, 9, 5, 5, 4]; str = "bcbb"; P.p("Enum.sort(l) |> Enum.dedup()", fn -> Enum.sort(l) |> Enum.dedup() end)
l = [2, 4, 0, 3, 0, 0, 1, 6]; str = "é日"; P.p("String.duplicate(str, 3)", fn -> String.duplicate(str, 3) end)
l = [2, 2, 8, 9, 4, 0]; str = "bdéca"; P.p("Enum.with_index(l, 10)", fn -> Enum.with_index(l, 10) end)
l = [9, 6, 8, 9, 2, 0]; str = "bdé"; P.p("Enum.slice(l, 3..-2//1)", fn -> Enum.slice(l, 3..-2//1) end)
l = [2, 6, 3, 0, 9]; str = "cbéb"; P.p("Enum.split(l, -4)", fn -> Enum.split(l, -4) end)
l = []; str = "dbbéa"; P.p("Enum.chunk_every(l, 2, 4, :discard)", fn -> Enum.chunk_every(l, 2, 4, :discard) end)
l = [8, 5, 1, 0, 1, 3]; str = "cbaéé"; P.p("Enum.chunk_every(l, 5, 2, :discard)", fn -> Enum.chunk_every(l, 5, 2, :discard) end)
l = [6, 0, 0, 1, 3]; str = ""; P.p("Enum.chunk_every(l, 2, 3)", fn -> Enum.chunk_every(l, 2, 3) end)
l = [7, 0, 5, 1, 8, 7]; str = ""; P.p("Enum.split(l, 7)", fn -> Enum.split(l, 7) end)
l = []; str = "日日"; P.p("Enum.slice(-9..10//3, 1, 3)", fn -> Enum.slice(-9..10//3, 1, 3) end)
l = [3, 6, 5, 5]; str = "éd"; P.p("Enum.drop_every(l, 1)", fn -> Enum.drop_every(l, 1) end)
l = [3]; str = "日日"; P.p("Enum.map_every(l, 2, &(&1 * 10))", fn -> Enum.map_every(l, 2, &(&1 * 10)) end)
l = [1, 9, 2, 2]; str = "d日"; P.p("Enum.chunk_every(l, 4, 3, :discard)", fn -> Enum.chunk_every(l, 4, 3, :discard) end)
l = [1, 7, 4, 5]; str = "abda日é"; P.p("Range.size(4..-9//1)", fn -> Range.size(4..-9//1) end)
l = [3, 1, 0, 0, 2, 0, 9]; str = "cbadé"; P.p("Enum.drop(l, -4)", fn -> Enum.drop(l, -4) end)
l = [5, 8, 0, 7, 9, 4, 2, 0]; str = "aacd"; P.p("Enum.reverse_slice(l, -7, 5)", fn -> Enum.reverse_slice(l, -7, 5) end)
l = [5, 8]; str = "c日a"; P.p("Enum.drop_every(l, 3)", fn -> Enum.drop_every(l, 3) end)
l = [3, 4, 6, 3, 7, 2, 1]; str = "cédb日日"; P.p("String.slice(str, 9, -9)", fn -> String.slice(str, 9, -9) end)
l = [7]; str = "aaacba"; P.p("Enum.map_every(l, 4, &(&1 * 10))", fn -> Enum.map_every(l, 4, &(&1 * 10)) end)
l = [1]; str = ""; P.p("String.pad_leading(str, 2)", fn -> String.pad_leading(str, 2) end)
l = [2, 1, 3, 5, 2, 0, 0, 3, 0]; str = "bcédbc"; P.p("Enum.drop_every(l, 1)", fn -> Enum.drop_every(l, 1) end)
l = [0, 7]; str = "日d日"; P.p("Enum.take_every(l, 3)", fn -> Enum.take_every(l, 3) end)
l = [1, 2, 7, 0, 4, 0, 6, 4]; str = "éc"; P.p("Enum.take(l, -1)", fn -> Enum.take(l, -1) end)
l = [3, 0, 4, 8]; str = "c日éb"; P.p("Enum.chunk_every(l, 4, 1, [:pad])", fn -> Enum.chunk_every(l, 4, 1, [:pad]) end)
l = []; str = "日日dcd"; P.p("Enum.chunk_every(l, 4, 4, [:pad])", fn -> Enum.chunk_every(l, 4, 4, [:pad]) end)
l = [6, 7, 5, 6, 3, 1, 6, 2, 8]; str = "d日ébbé"; P.p("Enum.take(1..1, -6)", fn -> Enum.take(1..1, -6) end)
l = [9, 0, 8, 4, 8, 3]; str = "日b日"; P.p("Enum.reverse_slice(l, 1, 2)", fn -> Enum.reverse_slice(l, 1, 2) end)
l = []; str = "écc日ab"; P.p("List.delete_at(l, -2)", fn -> List.delete_at(l, -2) end)
l = [6, 4, 5]; str = ""; P.p("Enum.slice(l, -8..6)", fn -> Enum.slice(l, -8..6) end)
l = [6, 7, 9, 3, 2, 3]; str = "écbc"; P.p("Enum.slice(-2..-8//1, 1, 3)", fn -> Enum.slice(-2..-8//1, 1, 3) end)
l = [0, 0]; str = "cccbbé"; P.p("List.update_at(l, -10, &{&1})", fn -> List.update_at(l, -10, &{&1}) end)
l = [2, 1, 5, 0]; str = "acca"; P.p("Enum.with_index(l, 2)", fn -> Enum.with_index(l, 2) end)
l = [3, 9, 6, 3, 8, 3]; str = "c日éé"; P.p("Range.size(2..-3//-1)", fn -> Range.size(2..-3//-1) end)
l = [0, 7, 5, 9, 8]; str = "bb"; P.p("Enum.slice(1..20//3, 7, 3)", fn -> Enum.slice(1..20//3, 7, 3) end)
l = [3, 5, 2, 1, 3]; str = "dbca"; P.p("Enum.min_max(l)", fn -> Enum.min_max(l) end)
l = [0, 4, 9, 2, 9]; str = "abcb"; P.p("String.pad_leading(str, 4)", fn -> String.pad_leading(str, 4) end)
l = [0]; str = "écba"; P.p("Enum.count_until(l, 1)", fn -> Enum.count_until(l, 1) end)
l = [4, 2, 6, 5]; str = ""; P.p("Enum.slice(1..20//3, -2, 3)", fn -> Enum.slice(1..20//3, -2, 3) end)
l = [7, 8, 6]; str = "d日dbab"; P.p("List.pop_at(l, 10)", fn -> List.pop_at(l, 10) end)
l = [5, 2, 1, 3, 9, 6, 1]; str = "c"; P.p("List.delete_at(l, -11)", fn -> List.delete_at(l, -11) end)
l = []; str = "acédc"; P.p("Enum.chunk_every(l, 5, 4)", fn -> Enum.chunk_every(l, 5, 4) end)
l = [5, 3, 3, 1]; str = "éb日"; P.p("Enum.min_max(l)", fn -> Enum.min_max(l) end)
l = [1, 3, 4, 2]; str = "cca"; P.p("Enum.slide(l, 5, -5)", fn -> Enum.slide(l, 5, -5) end)
l = [0, 5]; str = ""; P.p("Enum.split(l, -4)", fn -> Enum.split(l, -4) end)
l = [8, 2, 3, 6]; str = ""; P.p("Enum.slide(l, 3, 9)", fn -> Enum.slide(l, 3, 9) end)
l = [6, 1, 9]; str = "acc"; P.p("Enum.sum(-5..11//3)", fn -> Enum.sum(-5..11//3) end)
l = [8, 1]; str = "ad"; P.p("Enum.drop(l, 2)", fn -> Enum.drop(l, 2) end)
l = [2, 1, 2, 0, 1, 5, 5, 2]; str = "d日"; P.p("Enum.drop_every(l, 3)", fn -> Enum.drop_every(l, 3) end)
l = [0, 6]; str = "a"; P.p("Enum.chunk_every(6..2, 3)", fn -> Enum.chunk_every(6..2, 3) end)
l = [3, 7, 7, 3, 1, 1, 0, 3, 2]; str = "cb"; P.p("String.duplicate(str, 3)", fn -> String.duplicate(str, 3) end)
l = [2, 9, 4, 3, 0, 6]; str = ""; P.p("Enum.slice(1..20//3, -10, 3)", fn -> Enum.slice(1..20//3, -10, 3) end)
l = [3, 5, 1, 7, 0, 0, 0, 5, 2]; str = "cbbé日"; P.p("Enum.slice(1..20, -1..-8)", fn -> Enum.slice(1..20, -1..-8) end)
l = [4, 0, 3, 4, 2, 5, 4, 0]; str = "日babd"; P.p("Enum.chunk_every(l, 1, 4, [:pad])", fn -> Enum.chunk_every(l, 1, 4, [:pad]) end)
l = [0, 2, 4, 6, 4]; str = "éc"; P.p("Enum.chunk_every(l, 5)", fn -> Enum.chunk_every(l, 5) end)
l = [1, 1, 2, 9]; str = "日日"; P.p("Enum.reverse(12..-6//3)", fn -> Enum.reverse(12..-6//3) end)
l = [2, 2, 1]; str = "b日"; P.p("Enum.map_every(l, 2, &(&1 * 10))", fn -> Enum.map_every(l, 2, &(&1 * 10)) end)
l = []; str = "日aéé"; P.p("Enum.slice(1..20, 12..-1)", fn -> Enum.slice(1..20, 12..-1) end)
l = [3, 1, 8, 0, 8, 4]; str = "日ébda"; P.p("Enum.at(l, 3)", fn -> Enum.at(l, 3) end)
l = []; str = "d日éadb"; P.p("List.insert_at(l, -5, :x)", fn -> List.insert_at(l, -5, :x) end)
l = [3, 1, 6, 2, 6, 5, 6]; str = ""; P.p("Enum.slice(l, -4, -1)", fn -> Enum.slice(l, -4, -1) end)
l = []; str = "bdd日d"; P.p("Enum.drop(l, -3)", fn -> Enum.drop(l, -3) end)
l = [7, 6, 1, 8, 5, 6]; str = "bdddba"; P.p("Enum.slice(l, 0..-10//-1)", fn -> Enum.slice(l, 0..-10//-1) end)
l = [4, 3, 0, 9, 7]; str = "addc"; P.p("Enum.count(-12..-7//-1)", fn -> Enum.count(-12..-7//-1) end)
l = [3, 2, 7, 5]; str = "éé日é"; P.p("List.pop_at(l, -5)", fn -> List.pop_at(l, -5) end)
l = [2, 6, 2, 0, 7, 6, 0, 3, 8]; str = "a日é"; P.p("Enum.take(l, -5)", fn -> Enum.take(l, -5) end)
l = [6]; str = "日bbcéa"; P.p("Enum.chunk_every(l, 1, 3, [:pad])", fn -> Enum.chunk_every(l, 1, 3, [:pad]) end)
l = []; str = "日b日"; P.p("Enum.chunk_every(l, 2, 1, :discard)", fn -> Enum.chunk_every(l, 2, 1, :discard) end)
l = [0, 2, 8]; str = "ba"; P.p("Enum.reverse(10..6//3)", fn -> Enum.reverse(10..6//3) end)
l = [6, 5]; str = ""; P.p("String.pad_leading(str, 5)", fn -> String.pad_leading(str, 5) end)
l = [0, 7]; str = "d"; P.p("Enum.take(l, 2)", fn -> Enum.take(l, 2) end)
l = [0]; str = "écéd"; P.p("Enum.split_while(l, &(&1 < -1))", fn -> Enum.split_while(l, &(&1 < -1)) end)
l = [8, 4, 7, 2]; str = ""; P.p("String.pad_leading(str, 1)", fn -> String.pad_leading(str, 1) end)
l = [1, 0, 3, 0, 2, 8, 7, 5]; str = "d日a"; P.p("Enum.chunk_every(9..3, 3)", fn -> Enum.chunk_every(9..3, 3) end)
l = [1, 8, 5, 7]; str = ""; P.p("Enum.with_index(l, -10)", fn -> Enum.with_index(l, -10) end)
l = [4, 1, 5, 8, 1, 6, 3, 2]; str = "dédb"; P.p("String.split_at(str, -2)", fn -> String.split_at(str, -2) end)
l = [3, 5, 1, 4, 1, 9, 9, 8]; str = "b日dd日b"; P.p("Enum.slide(l, -8, -2)", fn -> Enum.slide(l, -8, -2) end)
l = []; str = "c"; P.p("Enum.slice(l, 5..9)", fn -> Enum.slice(l, 5..9) end)
l = [5, 5, 1, 4, 0, 3, 7, 9, 4]; str = "dbaaa"; P.p("String.pad_leading(str, 4)", fn -> String.pad_leading(str, 4) end)
l = [1, 3, 1, 5, 0, 4, 7]; str = "cca日bé"; P.p("Enum.split(l, 6)", fn -> Enum.split(l, 6) end)
l = [8, 5, 2, 3]; str = "日ccé"; P.p("Enum.split_while(l, &(&1 < 5))", fn -> Enum.split_while(l, &(&1 < 5)) end)
l = [6]; str = "d日d日日b"; P.p("String.at(str, 4)", fn -> String.at(str, 4) end)
l = [7, 9, 9, 4, 2, 1, 4, 3]; str = "bbba"; P.p("List.replace_at(l, -5, :r)", fn -> List.replace_at(l, -5, :r) end)
l = [4, 9, 5, 4, 9, 2]; str = "d"; P.p("Enum.slice(11..0//-2, 1, 3)", fn -> Enum.slice(11..0//-2, 1, 3) end)
l = [5, 5, 3, 9, 3]; str = ""; P.p("String.slice(str, -9..-7)", fn -> String.slice(str, -9..-7) end)
l = [4, 0]; str = "日é"; P.p("String.slice(str, -7..-4)", fn -> String.slice(str, -7..-4) end)
l = [5, 9, 3, 5, 1, 5, 7, 4, 6]; str = "caaéd"; P.p("Enum.slice(l, 7, -11)", fn -> Enum.slice(l, 7, -11) end)
l = [4]; str = "bé"; P.p("List.replace_at(l, 12, :r)", fn -> List.replace_at(l, 12, :r) end)
l = [3, 7, 5, 3, 3, 7, 4, 0]; str = "da"; P.p("Enum.chunk_every(l, 5, 1, :discard)", fn -> Enum.chunk_every(l, 5, 1, :discard) end)
l = [7, 8, 7, 7, 0]; str = "cacaa"; P.p("Enum.slice(l, -4..9)", fn -> Enum.slice(l, -4..9) end)
l = [0, 6, 0, 4, 6]; str = "c日d"; P.p("List.delete_at(l, -6)", fn -> List.delete_at(l, -6) end)
l = [7, 2, 9, 2, 3]; str = ""; P.p("Enum.drop(l, -5)", fn -> Enum.drop(l, -5) end)
l = [8, 1, 6]; str = "é"; P.p("Enum.drop(l, -1)", fn -> Enum.drop(l, -1) end)
l = []; str = "c日日aaé"; P.p("List.insert_at(l, -6, :x)", fn -> List.insert_at(l, -6, :x) end)
l = [6, 5, 7, 9, 0, 1, 1, 7]; str = "bdb日é"; P.p("List.insert_at(l, 4, :x)", fn -> List.insert_at(l, 4, :x) end)
l = [2, 6, 9, 0, 5, 9, 9, 3]; str = "a"; P.p("String.at(str, 9)", fn -> String.at(str, 9) end)
l = [8, 8]; str = ""; P.p("List.insert_at(l, -4, :x)", fn -> List.insert_at(l, -4, :x) end)
l = []; str = "b"; P.p("Enum.to_list(-11..0//-2)", fn -> Enum.to_list(-11..0//-2) end)
l = [1]; str = "éaa"; P.p("Enum.slice(10..0//-1, 1, 3)", fn -> Enum.slice(10..0//-1, 1, 3) end)
l = [9]; str = "b"; P.p("String.at(str, 2)", fn -> String.at(str, 2) end)
l = [5, 3]; str = ""; P.p("String.slice(str, 7..-12)", fn -> String.slice(str, 7..-12) end)
l = [0, 8, 1, 3, 2, 7]; str = "dacdcb"; P.p("String.pad_leading(str, 1)", fn -> String.pad_leading(str, 1) end)
l = [3]; str = "cb日c日"; P.p("Enum.slice(1..20, -3..-6)", fn -> Enum.slice(1..20, -3..-6) end)
l = []; str = "ca"; P.p("Enum.chunk_every(l, 5, 3, [:pad])", fn -> Enum.chunk_every(l, 5, 3, [:pad]) end)
l = [5, 7, 4, 5, 6, 6, 5]; str = "日bdccb"; P.p("Enum.at(8..-7, 4)", fn -> Enum.at(8..-7, 4) end)
l = [6, 4, 1, 3, 1]; str = "baa"; P.p("Enum.count(4..1//-1)", fn -> Enum.count(4..1//-1) end)
l = [6, 8, 3, 1]; str = "c日"; P.p("Enum.split_while(l, &(&1 < -1))", fn -> Enum.split_while(l, &(&1 < -1)) end)
l = [3, 3, 6, 5, 7]; str = "cd"; P.p("Enum.slice(l, -7, -11)", fn -> Enum.slice(l, -7, -11) end)
l = [7, 5, 2]; str = "béé日c"; P.p("Enum.drop(8..12//3, 2)", fn -> Enum.drop(8..12//3, 2) end)
l = [3, 2, 3, 2, 5]; str = ""; P.p("Enum.take(l, -7)", fn -> Enum.take(l, -7) end)
l = [3, 5, 7, 0, 8, 0]; str = "日adddc"; P.p("List.update_at(l, -1, &{&1})", fn -> List.update_at(l, -1, &{&1}) end)
l = [0, 8, 0, 0, 2, 6, 2, 1]; str = "aé"; P.p("Enum.chunk_every(l, 5)", fn -> Enum.chunk_every(l, 5) end)
l = []; str = "dbcadc"; P.p("Enum.slide(l, -6, 8)", fn -> Enum.slide(l, -6, 8) end)
l = [5, 1, 1, 9, 4, 3, 6]; str = "ca日"; P.p("Enum.zip(l, Enum.drop(l, 4))", fn -> Enum.zip(l, Enum.drop(l, 4)) end)
l = [5, 2]; str = ""; P.p("Enum.count(-11..3//-2)", fn -> Enum.count(-11..3//-2) end)
l = []; str = "b"; P.p("Enum.map_every(l, 2, &(&1 * 10))", fn -> Enum.map_every(l, 2, &(&1 * 10)) end)
l = [2, 0, 6, 5]; str = "d"; P.p("Enum.to_list(12..12//-1)", fn -> Enum.to_list(12..12//-1) end)
l = [5, 0, 2, 4]; str = ""; P.p("Enum.take(l, 1)", fn -> Enum.take(l, 1) end)
l = [6, 2, 1, 9, 0, 7, 9, 1]; str = "ééba"; P.p("Enum.reverse_slice(l, -4, 4)", fn -> Enum.reverse_slice(l, -4, 4) end)
l = [5]; str = "d日"; P.p("Enum.slice(l, -7..3)", fn -> Enum.slice(l, -7..3) end)
l = [9, 8, 5]; str = ""; P.p("String.slice(str, 3..3)", fn -> String.slice(str, 3..3) end)
l = [9, 3, 3, 6, 4, 2]; str = "日c日ccd"; P.p("Enum.at(-12..-6, 1)", fn -> Enum.at(-12..-6, 1) end)
l = [7, 8, 5]; str = "日aéadd"; P.p("Enum.drop_every(l, 2)", fn -> Enum.drop_every(l, 2) end)
l = [8, 5, 2, 8, 4, 7, 1, 4]; str = "baéa"; P.p("Enum.take_every(l, 3)", fn -> Enum.take_every(l, 3) end)
l = [8, 2, 7, 3, 9, 8, 0]; str = "aéd"; P.p("Enum.member?(-4..1//1, 2)", fn -> Enum.member?(-4..1//1, 2) end)
l = [5, 0, 1, 3]; str = "b"; P.p("Enum.slice(1..20, -3..3)", fn -> Enum.slice(1..20, -3..3) end)
l = [9, 8]; str = "dd"; P.p("Enum.with_index(l, -5)", fn -> Enum.with_index(l, -5) end)
l = [2, 2]; str = "日a日b"; P.p("Enum.at(l, 5)", fn -> Enum.at(l, 5) end)
l = []; str = "ccddc"; P.p("Enum.fetch(l, -2)", fn -> Enum.fetch(l, -2) end)
l = [4, 1, 4]; str = "cac日"; P.p("String.pad_leading(str, 3)", fn -> String.pad_leading(str, 3) end)
l = [5, 9, 4, 7, 9, 0]; str = "ébb"; P.p("List.insert_at(l, 0, :x)", fn -> List.insert_at(l, 0, :x) end)
l = [6, 5, 2, 5, 0, 0, 8, 8]; str = "cédd"; P.p("String.at(str, -3)", fn -> String.at(str, -3) end)
l = []; str = ""; P.p("Enum.to_list(-6..-5//-1)", fn -> Enum.to_list(-6..-5//-1) end)
l = [0, 4, 2, 6]; str = "ééécb"; P.p("Enum.chunk_every(l, 5, 2)", fn -> Enum.chunk_every(l, 5, 2) end)
l = [4]; str = ""; P.p("List.update_at(l, 12, &{&1})", fn -> List.update_at(l, 12, &{&1}) end)
l = [8, 8]; str = "bacéd"; P.p("Enum.drop(l, -1)", fn -> Enum.drop(l, -1) end)
l = [8, 2, 4, 3, 7, 0]; str = "ébééb"; P.p("Enum.drop(l, -3)", fn -> Enum.drop(l, -3) end)
l = [2, 6, 4, 4, 3, 1, 2, 8]; str = "db"; P.p("Enum.slice(l, -7, 11)", fn -> Enum.slice(l, -7, 11) end)
l = [1, 9, 0]; str = "adcba"; P.p("Enum.count_until(l, 4)", fn -> Enum.count_until(l, 4) end)
l = [2, 0, 8]; str = "ca日é日c"; P.p("Enum.min_max(l)", fn -> Enum.min_max(l) end)
l = [9, 5, 1, 3, 0, 9, 9, 4]; str = "cé"; P.p("Enum.slice(l, 3, -1)", fn -> Enum.slice(l, 3, -1) end)
l = [4, 3, 1, 2]; str = ""; P.p("Range.size(-12..2//1)", fn -> Range.size(-12..2//1) end)
l = []; str = "ababb"; P.p("List.pop_at(l, -2)", fn -> List.pop_at(l, -2) end)
l = [7]; str = ""; P.p("String.split_at(str, 6)", fn -> String.split_at(str, 6) end)
l = [5, 2, 7, 1, 2, 4, 8, 1, 4]; str = "cad"; P.p("Enum.take(1..1, 5)", fn -> Enum.take(1..1, 5) end)
l = [2, 4, 7, 0, 3, 0]; str = "cbédc"; P.p("Enum.reverse_slice(l, -1, 5)", fn -> Enum.reverse_slice(l, -1, 5) end)
l = [1, 0, 8, 8, 1]; str = "ab日日"; P.p("List.delete_at(l, 2)", fn -> List.delete_at(l, 2) end)
l = [2, 0, 3, 7, 2, 7, 9, 4, 7]; str = "adc"; P.p("Enum.fetch(l, 7)", fn -> Enum.fetch(l, 7) end)
l = [6, 5, 5]; str = "a日da"; P.p("Enum.with_index(l, 1)", fn -> Enum.with_index(l, 1) end)
l = [7, 4, 3, 0]; str = "béc"; P.p("String.pad_leading(str, 3)", fn -> String.pad_leading(str, 3) end)
l = [2, 3, 4, 7, 7]; str = "acaéad"; P.p("Enum.take(l, 8)", fn -> Enum.take(l, 8) end)
l = [8, 8, 2]; str = "日"; P.p("Enum.to_list(2..11//3)", fn -> Enum.to_list(2..11//3) end)
l = [2]; str = "aé"; P.p("String.at(str, 5)", fn -> String.at(str, 5) end)
l = [4, 1, 7, 6, 4, 0, 1]; str = "d"; P.p("List.update_at(l, -4, &{&1})", fn -> List.update_at(l, -4, &{&1}) end)
l = [4, 9, 6, 5, 9, 8, 7, 7]; str = "日aa"; P.p("Enum.at(-10..-6, 1)", fn -> Enum.at(-10..-6, 1) end)
l = [7, 4, 5, 6]; str = "dééd日d"; P.p("Enum.chunk_every(6..1, 3)", fn -> Enum.chunk_every(6..1, 3) end)
l = [0, 1, 7, 2]; str = "b"; P.p("Enum.take(l, -7)", fn -> Enum.take(l, -7) end)
l = [4, 4, 7, 0, 7, 0, 8]; str = "日ééa日b"; P.p("Enum.split_while(l, &(&1 < 3))", fn -> Enum.split_while(l, &(&1 < 3)) end)
l = [7, 2]; str = "bb"; P.p("Enum.take_every(l, 2)", fn -> Enum.take_every(l, 2) end)
l = [0]; str = "cc"; P.p("Enum.slice(l, 11..4)", fn -> Enum.slice(l, 11..4) end)
l = [5, 1, 3, 4, 6, 8, 7, 6, 0]; str = "éab日bb"; P.p("Enum.count_until(l, 5)", fn -> Enum.count_until(l, 5) end)
l = [1, 0, 8, 6, 0, 6, 7, 6, 4]; str = "caaéb"; P.p("Enum.slice(1..20//3, -7, 2)", fn -> Enum.slice(1..20//3, -7, 2) end)
l = [2, 9]; str = "adé日"; P.p("Enum.count(6..10//1)", fn -> Enum.count(6..10//1) end)
l = [3, 9, 1]; str = "édaé日é"; P.p("Enum.take(l, -1)", fn -> Enum.take(l, -1) end)
l = [8]; str = "bdcdc"; P.p("Enum.chunk_every(l, 5, 2)", fn -> Enum.chunk_every(l, 5, 2) end)
l = [4, 5, 1, 0]; str = "日aabéc"; P.p("Enum.slice(l, -3..8//1)", fn -> Enum.slice(l, -3..8//1) end)
l = [5, 2, 7, 5, 5, 7, 6]; str = "日ac"; P.p("Enum.chunk_every(5..-2, 3)", fn -> Enum.chunk_every(5..-2, 3) end)
l = [7, 2]; str = "éé日bd"; P.p("Enum.slice(9..-4//1, 1, 3)", fn -> Enum.slice(9..-4//1, 1, 3) end)
l = [6, 8, 1, 3, 7, 0]; str = "日cb"; P.p("Enum.sum(-9..-11//3)", fn -> Enum.sum(-9..-11//3) end)
l = []; str = ""; P.p("Enum.min_max(l)", fn -> Enum.min_max(l) end)
l = [4]; str = "é"; P.p("List.delete_at(l, -11)", fn -> List.delete_at(l, -11) end)
l = [1, 0]; str = "aa"; P.p("List.delete_at(l, -9)", fn -> List.delete_at(l, -9) end)
l = [1, 6, 7, 2]; str = "a"; P.p("Enum.drop(l, -2)", fn -> Enum.drop(l, -2) end)
l = [6]; str = "bécd"; P.p("Enum.reverse_slice(l, -4, 4)", fn -> Enum.reverse_slice(l, -4, 4) end)
l = [4, 7, 6, 2, 1, 1, 9, 8]; str = "céaécc"; P.p("Enum.slice(2..9//3, 1, 3)", fn -> Enum.slice(2..9//3, 1, 3) end)
l = [3, 0]; str = "ba"; P.p("List.pop_at(l, -8)", fn -> List.pop_at(l, -8) end)
l = []; str = "ébc"; P.p("List.replace_at(l, -10, :r)", fn -> List.replace_at(l, -10, :r) end)
l = [2, 9, 8, 2]; str = "édbb"; P.p("String.slice(str, 3..0)", fn -> String.slice(str, 3..0) end)
l = [7, 8, 6, 5, 1, 1, 9, 1, 7]; str = "d"; P.p("Enum.drop(-3..10//1, 2)", fn -> Enum.drop(-3..10//1, 2) end)
l = [8, 3, 4, 3, 5, 9, 0, 3, 8]; str = "b"; P.p("Enum.drop_every(l, 4)", fn -> Enum.drop_every(l, 4) end)
l = [6, 0, 8, 1]; str = "céa日cé"; P.p("Enum.member?(6..2//3, 4)", fn -> Enum.member?(6..2//3, 4) end)
l = [8, 7, 9, 6, 1, 5, 6, 0, 3]; str = "ééaéb"; P.p("Enum.chunk_every(l, 2, 4)", fn -> Enum.chunk_every(l, 2, 4) end)
l = [8, 9, 1, 4, 8, 3, 8, 5]; str = "bda"; P.p("String.pad_leading(str, 3)", fn -> String.pad_leading(str, 3) end)
l = [7, 9, 8, 2]; str = "dc"; P.p("Enum.chunk_every(l, 1, 3, [:pad])", fn -> Enum.chunk_every(l, 1, 3, [:pad]) end)
l = []; str = "béd日"; P.p("Enum.chunk_every(l, 5, 2, [:pad])", fn -> Enum.chunk_every(l, 5, 2, [:pad]) end)
l = [6, 1]; str = "écadcb"; P.p("Enum.slice(l, 5..-2//-2)", fn -> Enum.slice(l, 5..-2//-2) end)
l = [3, 3, 6, 0, 9, 5, 3, 3]; str = "da"; P.p("String.slice(str, 0..-4)", fn -> String.slice(str, 0..-4) end)
l = [4, 0, 8]; str = ""; P.p("Enum.to_list(-4..10//1)", fn -> Enum.to_list(-4..10//1) end)
l = [3, 5, 2, 0, 8, 8]; str = "日日a日a"; P.p("Enum.at(-11..-7, 4)", fn -> Enum.at(-11..-7, 4) end)
l = []; str = "日日日ddc"; P.p("String.slice(str, -5, 3)", fn -> String.slice(str, -5, 3) end)
l = [6, 8]; str = "日db"; P.p("Enum.sum(12..10//1)", fn -> Enum.sum(12..10//1) end)
l = [4, 8, 0]; str = "cbédéa"; P.p("Enum.chunk_every(-5..-8, 3)", fn -> Enum.chunk_every(-5..-8, 3) end)
l = [5, 2, 5, 6, 2, 5, 3]; str = ""; P.p("String.pad_leading(str, 3)", fn -> String.pad_leading(str, 3) end)
l = [0, 6, 2, 1, 1, 5, 0, 2, 5]; str = "cé"; P.p("Enum.take(l, 6)", fn -> Enum.take(l, 6) end)
l = [7, 7, 5]; str = "dé日"; P.p("Enum.with_index(l, 9)", fn -> Enum.with_index(l, 9) end)
l = [7, 5, 9, 5, 5, 7, 9, 2]; str = "日dcad"; P.p("Enum.min_max(l)", fn -> Enum.min_max(l) end)
l = [8, 9, 5, 7, 6, 4, 4, 8]; str = "bd"; P.p("Enum.drop_every(l, 4)", fn -> Enum.drop_every(l, 4) end)
l = []; str = "cacd"; P.p("Enum.sum(-7..-9//2)", fn -> Enum.sum(-7..-9//2) end)
l = [5, 2, 3, 8, 1, 8, 4]; str = "ddécdc"; P.p("Enum.slice(l, 4..-7)", fn -> Enum.slice(l, 4..-7) end)
l = [9, 0, 8, 7, 3]; str = "c"; P.p("Enum.take(l, -1)", fn -> Enum.take(l, -1) end)
l = [4, 1, 8, 7, 9, 4, 6]; str = "éc日"; P.p("String.slice(str, -6..-3)", fn -> String.slice(str, -6..-3) end)
l = []; str = "éé"; P.p("Enum.slice(l, 2..-2//-1)", fn -> Enum.slice(l, 2..-2//-1) end)
l = [4, 3, 7, 6]; str = "b"; P.p("Enum.fetch(l, -9)", fn -> Enum.fetch(l, -9) end)
l = [7, 9, 0, 4, 8, 0, 7, 8, 6]; str = "d"; P.p("Enum.sum(-9..0//1)", fn -> Enum.sum(-9..0//1) end)
l = [3, 6, 8, 2, 4, 2, 8, 7, 6]; str = "b日é日日a"; P.p("List.delete_at(l, 1)", fn -> List.delete_at(l, 1) end)
l = [3, 1, 6, 0, 4]; str = "bé日ca"; P.p("Enum.split_while(l, &(&1 < -1))", fn -> Enum.split_while(l, &(&1 < -1)) end)
l = [7, 7, 6, 6, 2, 0]; str = "a日a"; P.p("Enum.at(9..-10, 4)", fn -> Enum.at(9..-10, 4) end)
l = [5, 4, 9, 0, 6, 1, 6, 2]; str = ""; P.p("Enum.min_max(l)", fn -> Enum.min_max(l) end)
l = [7, 0, 8, 2]; str = "cbbbé日"; P.p("Enum.sort(l) |> Enum.dedup()", fn -> Enum.sort(l) |> Enum.dedup() end)
l = [6, 9, 5, 0, 9]; str = "ddda日"; P.p("Enum.split_while(l, &(&1 < -9))", fn -> Enum.split_while(l, &(&1 < -9)) end)
l = [8, 4]; str = "aaa日"; P.p("Enum.chunk_every(l, 2)", fn -> Enum.chunk_every(l, 2) end)
l = [0]; str = "ad"; P.p("Enum.take_every(l, 5)", fn -> Enum.take_every(l, 5) end)
l = [4, 4]; str = "éc"; P.p("String.duplicate(str, 4)", fn -> String.duplicate(str, 4) end)
l = [2, 7, 2, 3, 5, 7, 2]; str = "aé"; P.p("Enum.take(l, 6)", fn -> Enum.take(l, 6) end)
l = [5, 8, 7, 9, 0, 2, 8, 7]; str = "c"; P.p("Enum.take(l, -1)", fn -> Enum.take(l, -1) end)
l = [5, 6, 7, 0, 6, 9, 2]; str = ""; P.p("Enum.with_index(l, 11)", fn -> Enum.with_index(l, 11) end)
l = [2, 7, 8, 3, 6, 0, 5, 0, 7]; str = "ca日日a日"; P.p("Enum.chunk_every(9..-8, 3)", fn -> Enum.chunk_every(9..-8, 3) end)
l = [1, 4, 1, 3, 6, 0]; str = "ca"; P.p("Enum.drop(l, -4)", fn -> Enum.drop(l, -4) end)
l = [0, 5, 9, 2, 5]; str = ""; P.p("Enum.reverse(-8..-2//1)", fn -> Enum.reverse(-8..-2//1) end)
l = [2, 1, 1, 9, 4, 9]; str = "日é"; P.p("Enum.at(-5..-10, 1)", fn -> Enum.at(-5..-10, 1) end)
l = [8, 1, 6]; str = "da"; P.p("Enum.slice(1..20//3, 10, 5)", fn -> Enum.slice(1..20//3, 10, 5) end)
l = [1, 7, 5, 3, 5, 0, 0]; str = "cédb"; P.p("Enum.take(l, 8)", fn -> Enum.take(l, 8) end)
l = []; str = "d日da"; P.p("Enum.reverse(-3..3//3)", fn -> Enum.reverse(-3..3//3) end)
l = [8, 3, 6, 7, 9]; str = ""; P.p("Range.size(0..3//1)", fn -> Range.size(0..3//1) end)
l = [9, 9, 0, 6]; str = ""; P.p("Enum.min_max(l)", fn -> Enum.min_max(l) end)
l = [5, 3, 5, 6, 6, 4, 0, 8, 3]; str = "éccdd"; P.p("Enum.take(l, -12)", fn -> Enum.take(l, -12) end)
l = [3, 6, 2, 8, 6, 2, 0, 7]; str = "addba"; P.p("Enum.chunk_every(l, 1)", fn -> Enum.chunk_every(l, 1) end)
l = [0, 2, 0, 7, 5, 1]; str = "日bé"; P.p("Enum.drop_every(l, 5)", fn -> Enum.drop_every(l, 5) end)
l = [7, 3]; str = "ébb"; P.p("List.pop_at(l, 12)", fn -> List.pop_at(l, 12) end)
l = [1, 9]; str = "d"; P.p("String.pad_leading(str, 3)", fn -> String.pad_leading(str, 3) end)
l = []; str = "éb"; P.p("Enum.slice(1..20, -10..4)", fn -> Enum.slice(1..20, -10..4) end)
l = [7, 3, 0, 8]; str = "bddabc"; P.p("Enum.to_list(1..-1//-2)", fn -> Enum.to_list(1..-1//-2) end)
l = [3, 8, 1, 9, 2]; str = "日b"; P.p("Enum.with_index(l, -8)", fn -> Enum.with_index(l, -8) end)
l = [6, 9, 3, 3, 0, 6, 1, 7]; str = "日c日béd"; P.p("String.duplicate(str, 3)", fn -> String.duplicate(str, 3) end)
l = []; str = "éaab"; P.p("Enum.reverse_slice(l, -12, 4)", fn -> Enum.reverse_slice(l, -12, 4) end)
l = [5, 6]; str = ""; P.p("Enum.split_while(l, &(&1 < -3))", fn -> Enum.split_while(l, &(&1 < -3)) end)
l = [9, 3, 9, 9, 8, 4, 8, 9]; str = "cdaéé"; P.p("Enum.zip(l, Enum.drop(l, 5))", fn -> Enum.zip(l, Enum.drop(l, 5)) end)
l = [6, 3, 3]; str = ""; P.p("String.slice(str, 5, -9)", fn -> String.slice(str, 5, -9) end)
l = [4, 3, 9, 9, 1, 1, 2, 4, 6]; str = "d"; P.p("Enum.split(l, 5)", fn -> Enum.split(l, 5) end)
l = [5, 5, 6, 5, 1, 8, 6]; str = "éd日日ad"; P.p("Enum.reverse_slice(l, 7, 2)", fn -> Enum.reverse_slice(l, 7, 2) end)
l = [1, 8, 4, 1, 7]; str = "d"; P.p("Enum.at(6..0, 3)", fn -> Enum.at(6..0, 3) end)
l = [3, 4, 8, 6, 9, 1, 9, 6, 2]; str = "bccaé"; P.p("Enum.drop(1..-3//2, 2)", fn -> Enum.drop(1..-3//2, 2) end)
l = [2, 1, 8, 4]; str = "a"; P.p("Enum.min_max(l)", fn -> Enum.min_max(l) end)
l = [9, 9, 5]; str = "cbééac"; P.p("List.insert_at(l, 0, :x)", fn -> List.insert_at(l, 0, :x) end)
l = [3, 7]; str = "c"; P.p("String.split_at(str, -9)", fn -> String.split_at(str, -9) end)
l = []; str = "bcaé"; P.p("Range.size(-12..1//3)", fn -> Range.size(-12..1//3) end)
l = [2, 5, 5, 9, 9, 5, 6]; str = "daéada"; P.p("Enum.slice(1..20//3, -4, 5)", fn -> Enum.slice(1..20//3, -4, 5) end)
l = [0, 1, 0, 0, 5, 4]; str = "a"; P.p("Enum.fetch(l, 6)", fn -> Enum.fetch(l, 6) end)
l = [3, 8, 3, 6, 2, 0]; str = "éé"; P.p("Enum.slice(l, -9..8//3)", fn -> Enum.slice(l, -9..8//3) end)
l = [8, 7, 3, 7, 8, 5]; str = "ééca"; P.p("Enum.zip(l, Enum.drop(l, 3))", fn -> Enum.zip(l, Enum.drop(l, 3)) end)
l = [1, 9, 4, 9, 4, 4, 1, 1]; str = "d日"; P.p("Enum.take(l, -5)", fn -> Enum.take(l, -5) end)
l = [9, 6]; str = "dd日db"; P.p("List.delete_at(l, 9)", fn -> List.delete_at(l, 9) end)
l = [8]; str = "bccdc日"; P.p("Enum.reverse(-10..5//-2)", fn -> Enum.reverse(-10..5//-2) end)
l = [4, 1, 6, 4, 6]; str = ""; P.p("Enum.map_every(l, 3, &(&1 * 10))", fn -> Enum.map_every(l, 3, &(&1 * 10)) end)
l = []; str = "日日日cab"; P.p("Enum.slice(l, -9..-11)", fn -> Enum.slice(l, -9..-11) end)
l = [0, 5, 2, 4]; str = "acdééa"; P.p("Enum.sort(l) |> Enum.dedup()", fn -> Enum.sort(l) |> Enum.dedup() end)
l = [4, 5, 8, 1, 1]; str = ""; P.p("Enum.slice(1..10//-2, 1, 3)", fn -> Enum.slice(1..10//-2, 1, 3) end)
l = [3, 7, 6, 2]; str = "dabcé"; P.p("Enum.slice(l, -10..-10)", fn -> Enum.slice(l, -10..-10) end)
l = [0, 1, 8]; str = "日cc"; P.p("Enum.chunk_every(l, 1, 2, [:pad])", fn -> Enum.chunk_every(l, 1, 2, [:pad]) end)
l = [0, 1]; str = "abaé"; P.p("Enum.at(-1..1, 1)", fn -> Enum.at(-1..1, 1) end)
l = [2, 8, 7, 4, 3, 8, 3, 1, 5]; str = ""; P.p("String.slice(str, -9, -7)", fn -> String.slice(str, -9, -7) end)
l = [3, 7, 5, 8]; str = "abca"; P.p("Enum.chunk_every(5..-10, 3)", fn -> Enum.chunk_every(5..-10, 3) end)
l = [2, 5, 1, 5, 7, 7, 5, 0]; str = "bdc"; P.p("Enum.member?(4..11//3, 4)", fn -> Enum.member?(4..11//3, 4) end)
l = [6, 1, 2, 9, 7, 2, 6, 5, 2]; str = "d"; P.p("Enum.at(-9..-12, 2)", fn -> Enum.at(-9..-12, 2) end)
l = [1, 7, 7, 0, 2, 4, 7]; str = "b"; P.p("Enum.reverse_slice(l, 5, 5)", fn -> Enum.reverse_slice(l, 5, 5) end)
l = [3]; str = "ab"; P.p("List.replace_at(l, 1, :r)", fn -> List.replace_at(l, 1, :r) end)
l = []; str = ""; P.p("Enum.sort(l) |> Enum.dedup()", fn -> Enum.sort(l) |> Enum.dedup() end)
l = [8, 7, 3, 5, 3]; str = ""; P.p("List.pop_at(l, -9)", fn -> List.pop_at(l, -9) end)
l = [2, 7, 4]; str = "bc日é"; P.p("String.split_at(str, -8)", fn -> String.split_at(str, -8) end)
l = [3, 4, 1]; str = ""; P.p("Enum.slice(1..20, 3..-5)", fn -> Enum.slice(1..20, 3..-5) end)
l = [3, 5, 1, 1, 4, 4]; str = ""; P.p("Enum.sort(l) |> Enum.dedup()", fn -> Enum.sort(l) |> Enum.dedup() end)
l = [8, 7, 8, 5, 5, 8, 1, 3, 9]; str = "bé"; P.p("Enum.slice(l, -7..11)", fn -> Enum.slice(l, -7..11) end)
l = [9]; str = "dé日a"; P.p("List.pop_at(l, 8)", fn -> List.pop_at(l, 8) end)
l = [9, 9, 6, 5, 8, 0, 4, 4]; str = ""; P.p("Enum.drop(l, -3)", fn -> Enum.drop(l, -3) end)
l = [3, 3, 0, 1, 1, 9, 2, 4]; str = "dbcaé"; P.p("String.split_at(str, 2)", fn -> String.split_at(str, 2) end)
l = [6, 6, 8, 9, 0]; str = "dbc"; P.p("Enum.slice(l, 7..-12)", fn -> Enum.slice(l, 7..-12) end)
l = [2, 6, 9]; str = "bd日"; P.p("Enum.fetch(l, -3)", fn -> Enum.fetch(l, -3) end)
l = [3, 7, 8, 3, 2]; str = "acd日日"; P.p("Enum.with_index(l, 5)", fn -> Enum.with_index(l, 5) end)
l = [9]; str = "cb"; P.p("Enum.slide(l, -1, 8)", fn -> Enum.slide(l, -1, 8) end)
l = [3, 9, 5, 0, 5, 0, 6]; str = "db日da"; P.p("Enum.slice(1..20, 8..-6)", fn -> Enum.slice(1..20, 8..-6) end)
l = [6, 4, 4, 7, 5, 6, 5, 0]; str = "béd"; P.p("Enum.take_every(l, 2)", fn -> Enum.take_every(l, 2) end)
l = [4, 6, 4, 9, 1, 1]; str = "日日b"; P.p("Enum.drop(-9..-5//2, 2)", fn -> Enum.drop(-9..-5//2, 2) end)
l = [9]; str = "é"; P.p("Enum.sort(l) |> Enum.dedup()", fn -> Enum.sort(l) |> Enum.dedup() end)
l = [0, 9, 5, 7, 4, 7, 2, 1, 0]; str = "日b"; P.p("List.insert_at(l, -8, :x)", fn -> List.insert_at(l, -8, :x) end)
l = [7, 7, 8, 7]; str = "日a"; P.p("Enum.slice(1..20//3, -6, 1)", fn -> Enum.slice(1..20//3, -6, 1) end)
l = [0, 2, 0, 8, 6, 5, 6, 1, 3]; str = "b日ébé"; P.p("Enum.reverse(12..-3//-2)", fn -> Enum.reverse(12..-3//-2) end)
l = [2, 6, 5, 5, 9, 8, 1, 7]; str = "日日abé"; P.p("List.replace_at(l, 5, :r)", fn -> List.replace_at(l, 5, :r) end)
l = [0, 9, 6]; str = "日bb"; P.p("Enum.slice(1..20//3, -6, 4)", fn -> Enum.slice(1..20//3, -6, 4) end)
l = [6, 6, 1]; str = ""; P.p("Enum.drop_every(l, 1)", fn -> Enum.drop_every(l, 1) end)
l = [1, 2, 5, 6]; str = ""; P.p("Enum.chunk_every(l, 1, 4, :discard)", fn -> Enum.chunk_every(l, 1, 4, :discard) end)
l = [4, 4]; str = "acbd"; P.p("Enum.slice(1..20//3, -6, 5)", fn -> Enum.slice(1..20//3, -6, 5) end)
l = [6, 5, 5]; str = "日éb"; P.p("Enum.to_list(-11..-7//2)", fn -> Enum.to_list(-11..-7//2) end)
l = [4, 8, 7, 8, 8, 4, 5, 7]; str = "日aé日é"; P.p("Enum.reverse(-8..-12//-2)", fn -> Enum.reverse(-8..-12//-2) end)
l = [0, 2, 3, 3]; str = "d日aéa"; P.p("Enum.count_until(l, 3)", fn -> Enum.count_until(l, 3) end)
l = [2, 4, 6, 9, 8, 5, 7, 3]; str = "dbédbc"; P.p("Enum.reverse_slice(l, 4, 4)", fn -> Enum.reverse_slice(l, 4, 4) end)
l = [4, 3, 2, 0]; str = "éc"; P.p("Enum.slice(l, 3..-6//3)", fn -> Enum.slice(l, 3..-6//3) end)
l = [6, 8, 4, 7, 1, 0]; str = "éa日c"; P.p("Enum.at(-9..-7, 1)", fn -> Enum.at(-9..-7, 1) end)
l = [2, 0, 0, 4, 1, 7, 8, 0]; str = "ddébc"; P.p("Enum.sort(l) |> Enum.dedup()", fn -> Enum.sort(l) |> Enum.dedup() end)
l = [6, 8]; str = "éaéé"; P.p("Enum.split_while(l, &(&1 < -3))", fn -> Enum.split_while(l, &(&1 < -3)) end)
l = [5, 7, 9, 4, 6, 7, 6, 2]; str = "abccda"; P.p("Enum.drop(l, -3)", fn -> Enum.drop(l, -3) end)
l = [3, 4, 0, 6]; str = "ba"; P.p("Enum.slice(1..20, -3..12)", fn -> Enum.slice(1..20, -3..12) end)
l = [7, 6, 0, 3]; str = "ébadd"; P.p("Enum.fetch(l, 1)", fn -> Enum.fetch(l, 1) end)
l = [9, 2]; str = "b日céa"; P.p("List.pop_at(l, -5)", fn -> List.pop_at(l, -5) end)
l = [6, 6, 2, 0, 5, 5]; str = "bb日日a"; P.p("List.insert_at(l, -6, :x)", fn -> List.insert_at(l, -6, :x) end)
l = [9, 1, 8, 3, 9, 0]; str = "c"; P.p("Enum.take(l, 5)", fn -> Enum.take(l, 5) end)
l = [0, 3, 5, 1, 6]; str = "dcb日日"; P.p("Enum.slide(l, 8, 3)", fn -> Enum.slide(l, 8, 3) end)
l = [4, 5, 0, 9, 5, 1, 3, 3, 6]; str = ""; P.p("Enum.slice(l, 3..10)", fn -> Enum.slice(l, 3..10) end)
l = []; str = "dbacc"; P.p("Enum.take_every(l, 4)", fn -> Enum.take_every(l, 4) end)
l = [8, 5, 3, 5, 9, 3]; str = "ca日b"; P.p("Enum.zip(l, Enum.drop(l, 3))", fn -> Enum.zip(l, Enum.drop(l, 3)) end)
l = [1, 6, 4]; str = "日日cd"; P.p("Enum.fetch(l, -11)", fn -> Enum.fetch(l, -11) end)
l = [8, 7, 6, 1, 1]; str = "d日"; P.p("String.duplicate(str, 5)", fn -> String.duplicate(str, 5) end)
l = [9, 2, 3, 3, 1]; str = ""; P.p("Enum.chunk_every(l, 5)", fn -> Enum.chunk_every(l, 5) end)
l = []; str = "abdcc"; P.p("List.insert_at(l, -5, :x)", fn -> List.insert_at(l, -5, :x) end)
l = [0]; str = "bédééé"; P.p("Enum.at(6..-10, 1)", fn -> Enum.at(6..-10, 1) end)
l = [6, 2, 4, 3, 8, 5, 7, 3]; str = "édb日"; P.p("Range.size(-10..-11//1)", fn -> Range.size(-10..-11//1) end)
l = [0, 4, 1, 9]; str = ""; P.p("Enum.map_every(l, 3, &(&1 * 10))", fn -> Enum.map_every(l, 3, &(&1 * 10)) end)
l = [4, 9, 0, 8, 0]; str = "dcabb"; P.p("Enum.chunk_every(l, 5, 2, :discard)", fn -> Enum.chunk_every(l, 5, 2, :discard) end)
l = [9, 2]; str = "cb"; P.p("Enum.to_list(-6..1//-2)", fn -> Enum.to_list(-6..1//-2) end)
l = [5, 0, 1, 8]; str = "ébééc"; P.p("Enum.chunk_every(l, 2)", fn -> Enum.chunk_every(l, 2) end)
l = [9, 0, 7, 9, 9]; str = "bd"; P.p("Enum.drop(l, -4)", fn -> Enum.drop(l, -4) end)
l = [2, 2, 5, 0, 3]; str = ""; P.p("Enum.chunk_every(l, 4, 3, [:pad])", fn -> Enum.chunk_every(l, 4, 3, [:pad]) end)
l = [9, 2]; str = "bddc日c"; P.p("Enum.member?(12..11//-1, 5)", fn -> Enum.member?(12..11//-1, 5) end)

# CHECK: Enum.chunk_every(l, 4, 4, :discard) => {{\[\[}}8, 2, 5, 9], [7, 9, 1, 9]]
# CHECK-NEXT: Enum.at(-7..12, 1) => -6
# CHECK-NEXT: Enum.drop(l, -8) => []
# CHECK-NEXT: Enum.reverse_slice(l, -1, 4) !! FunctionClauseError
# CHECK-NEXT: Enum.drop(l, -5) => []
# CHECK-NEXT: Enum.reverse(-10..3//-1) => []
# CHECK-NEXT: Enum.slice(l, 7..7//1) => []
# CHECK-NEXT: String.duplicate(str, 5) => ""
# CHECK-NEXT: List.pop_at(l, 0) => {4, [9, 4, 2, 0, 5]}
# CHECK-NEXT: Range.size(5..-2//1) => 0
# CHECK-NEXT: Enum.drop(l, 7) => []
# CHECK-NEXT: Enum.slice(1..20//3, -3, 3) => [13, 16, 19]
# CHECK-NEXT: String.slice(str, 6..9) => ""
# CHECK-NEXT: Range.size(-2..9//2) => 6
# CHECK-NEXT: Enum.at(l, -7) => nil
# CHECK-NEXT: Enum.slice(1..20//3, 1, 5) => [4, 7, 10, 13, 16]
# CHECK-NEXT: Enum.slice(l, -11, 11) => [2, 3, 0, 7, 9, 8]
# CHECK-NEXT: String.pad_leading(str, 1) => "baa日éb"
# CHECK-NEXT: Enum.drop(4..5//-1, 2) => []
# CHECK-NEXT: Enum.drop(l, -1) => [4]
# CHECK-NEXT: Enum.chunk_every(l, 1, 4, :discard) => {{\[\[}}2]]
# CHECK-NEXT: Enum.take(l, -5) => []
# CHECK-NEXT: Enum.take(l, -3) => [5, 1]
# CHECK-NEXT: List.pop_at(l, -11) => {nil, [6, 1, 2, 8, 0]}
# CHECK-NEXT: Enum.at(3..12, 4) => 7
# CHECK-NEXT: Enum.sort(l) |> Enum.dedup() => []
# CHECK-NEXT: Enum.chunk_every(l, 5, 4) => {{\[\[}}2, 0, 5, 5, 8], [8, 4]]
# CHECK-NEXT: Enum.count(-12..3//2) => 8
# CHECK-NEXT: Enum.slice(l, -9, 9) => [1, 9, 1, 6, 2, 0, 5, 1]
# CHECK-NEXT: Enum.at(l, 5) => nil
# CHECK-NEXT: String.duplicate(str, 4) => "bdé日dbdé日dbdé日dbdé日d"
# CHECK-NEXT: String.duplicate(str, 2) => "日éé日éé"
# CHECK-NEXT: List.delete_at(l, 11) => [1, 7]
# CHECK-NEXT: List.delete_at(l, -12) => [8, 5, 3, 8, 4, 6, 9, 9, 9]
# CHECK-NEXT: List.update_at(l, -12, &{&1}) => [5, 3, 5, 7, 2, 6, 7, 9, 3]
# CHECK-NEXT: Enum.sort(l) |> Enum.dedup() => [1, 3]
# CHECK-NEXT: Enum.slice(l, -4, -3) !! FunctionClauseError
# CHECK-NEXT: Enum.slice(1..20//3, 8, 4) => []
# CHECK-NEXT: String.pad_leading(str, 3) => "éca"
# CHECK-NEXT: Enum.drop_every(l, 5) => [5, 9, 8]
# CHECK-NEXT: Range.size(-2..8//-2) => 0
# CHECK-NEXT: Range.size(-10..-9//2) => 1
# CHECK-NEXT: String.slice(str, -8, -11) !! FunctionClauseError
# CHECK-NEXT: Enum.chunk_every(l, 2, 2, :discard) => {{\[\[}}5, 5], [6, 7], [8, 1], [5, 7]]
# CHECK-NEXT: Enum.slice(1..20, -6..-4) => [15, 16, 17]
# CHECK-NEXT: Enum.zip(l, Enum.drop(l, 2)) => [{6, 8}, {5, 9}, {8, 4}, {9, 7}]
# CHECK-NEXT: Enum.fetch(l, -11) => :error
# CHECK-NEXT: Enum.count(-5..4//1) => 10
# CHECK-NEXT: Enum.drop(l, -2) => [5, 5, 2]
# CHECK-NEXT: Enum.take(l, -4) => [0]
# CHECK-NEXT: String.pad_leading(str, 3) => "日ddbda"
# CHECK-NEXT: Enum.count_until(l, 2) => 2
# CHECK-NEXT: Enum.drop(l, -9) => []
# CHECK-NEXT: List.update_at(l, 10, &{&1}) => []
# CHECK-NEXT: Enum.slice(l, 7, -9) !! FunctionClauseError
# CHECK-NEXT: Enum.slice(-4..-12//3, 1, 3) => []
# CHECK-NEXT: Enum.at(l, -9) => nil
# CHECK-NEXT: Enum.split_while(l, &(&1 < -2)) => {[], []}
# CHECK-NEXT: Enum.min_max(l) => {0, 9}
# CHECK-NEXT: String.duplicate(str, 4) => "bcbcbcbc"
# CHECK-NEXT: String.slice(str, 10, 12) => ""
# CHECK-NEXT: Enum.chunk_every(8..-11, 3) => {{\[\[}}8, 7, 6], [5, 4, 3], [2, 1, 0], [-1, -2, -3], [-4, -5, -6], [-7, -8, -9], [-10, -11]]
# CHECK-NEXT: Enum.sort(l) |> Enum.dedup() => [0, 1, 3, 5, 6]
# CHECK-NEXT: List.delete_at(l, -5) => [9, 0]
# CHECK-NEXT: Enum.split_while(l, &(&1 < -9)) => {[], [5, 8, 3, 7, 2, 9, 1, 0, 1]}
# CHECK-NEXT: Enum.member?(5..-12//-1, 3) => true
# CHECK-NEXT: Enum.drop(l, -3) => [3, 7]
# CHECK-NEXT: Enum.drop(l, -2) => [6]
# CHECK-NEXT: Enum.reverse(-9..-12//2) => []
# CHECK-NEXT: Enum.at(-6..11, 2) => -4
# CHECK-NEXT: Enum.zip(l, Enum.drop(l, 4)) => []
# CHECK-NEXT: List.replace_at(l, -12, :r) => [4, 7, 7, 8, 8, 3]
# CHECK-NEXT: Enum.drop(4..-8//-2, 2) => [0, -2, -4, -6, -8]
# CHECK-NEXT: Enum.slice(l, -1..-1) => []
# CHECK-NEXT: List.update_at(l, 5, &{&1}) => [0, 4, 6]
# CHECK-NEXT: Enum.chunk_every(l, 5, 3, :discard) => {{\[\[}}6, 4, 5, 0, 0]]
# CHECK-NEXT: String.duplicate(str, 4) => "aaaa"
# CHECK-NEXT: Enum.count_until(l, 3) => 3
# CHECK-NEXT: Enum.slice(1..20, -2..6) => []
# CHECK-NEXT: Enum.reverse_slice(l, 1, 3) => [4, 4]
# CHECK-NEXT: Enum.split_while(l, &(&1 < -11)) => {[], [7, 3, 4, 5, 2, 6, 6]}
# CHECK-NEXT: String.duplicate(str, 5) => "adbadbadbadbadb"
# CHECK-NEXT: Enum.drop(1..-4//-1, 2) => [-1, -2, -3, -4]
# CHECK-NEXT: Enum.drop_every(l, 4) => [0, 2, 3, 2, 2, 2]
# CHECK-NEXT: List.update_at(l, 5, &{&1}) => [4, 3]
# CHECK-NEXT: String.at(str, -8) => nil
# CHECK-NEXT: String.at(str, -5) => nil
# CHECK-NEXT: Enum.fetch(l, -3) => {:ok, 5}
# CHECK-NEXT: String.at(str, -4) => nil
# CHECK-NEXT: Enum.map_every(l, 3, &(&1 * 10)) => [20, 1, 9, 0, 2, 1, 60, 9, 5]
# CHECK-NEXT: Enum.slice(1..20//3, -3, 2) => [13, 16]
# CHECK-NEXT: Enum.to_list(7..4//-2) => [7, 5]
# CHECK-NEXT: Enum.slice(l, -6..-11//-2) !! ArgumentError
# CHECK-NEXT: Enum.with_index(l, -1) => [{8, -1}, {5, 0}, {0, 1}, {4, 2}, {5, 3}, {8, 4}]
# CHECK-NEXT: List.delete_at(l, -8) => [3, 0, 5, 1, 9]
# CHECK-NEXT: Enum.drop_every(l, 3) => [0, 8]
# CHECK-NEXT: Enum.split_while(l, &(&1 < 7)) => {[3], [7, 2, 4, 4, 8]}
# CHECK-NEXT: String.slice(str, 1, 6) => "é日"
# CHECK-NEXT: Enum.fetch(l, -12) => :error
# CHECK-NEXT: Enum.count(-12..4//-2) => 0
# CHECK-NEXT: List.update_at(l, 9, &{&1}) => [7, 8, 6]
# CHECK-NEXT: Enum.drop(l, -2) => [2, 9, 8, 5, 9, 8, 5]
# CHECK-NEXT: Enum.chunk_every(l, 3) => {{\[\[}}1, 7]]
# CHECK-NEXT: Enum.chunk_every(0..9, 3) => {{\[\[}}0, 1, 2], [3, 4, 5], [6, 7, 8], '\t']
# CHECK-NEXT: String.slice(str, 10..-2) => ""
# CHECK-NEXT: Enum.slide(l, 12, 4) => [2, 9, 2, 3, 7, 3, 3]
# CHECK-NEXT: Enum.to_list(5..2//-1) => [5, 4, 3, 2]
# CHECK-NEXT: Enum.take_every(l, 5) => [6, 7]
# CHECK-NEXT: Enum.fetch(l, -1) => {:ok, 8}
# CHECK-NEXT: Enum.at(5..-2, 3) => 2
# CHECK-NEXT: Enum.with_index(l, -2) => [{5, -2}, {6, -1}, {7, 0}, {5, 1}, {9, 2}, {2, 3}, {3, 4}, {4, 5}]
# CHECK-NEXT: List.update_at(l, -7, &{&1}) => [6, {7}, 3, 6, 8, 9, 5, 1]
# CHECK-NEXT: String.duplicate(str, 2) => "c日cc日c"
# CHECK-NEXT: Enum.min_max(l) => {2, 6}
# CHECK-NEXT: String.slice(str, 12, -8) !! FunctionClauseError
# CHECK-NEXT: Enum.take_every(l, 1) => [2, 5, 7, 6, 8, 9, 9, 6]
# CHECK-NEXT: Enum.with_index(l, 4) => []
# CHECK-NEXT: Enum.slice(l, -9, 5) => [9, 5, 3, 1, 2]
# CHECK-NEXT: Enum.chunk_every(l, 1, 1, [:pad]) => {{\[\[}}1], '\t']
# CHECK-NEXT: Enum.at(-3..9, 2) => -1
# CHECK-NEXT: Enum.slice(l, 11, -2) !! FunctionClauseError
# CHECK-NEXT: Enum.chunk_every(l, 1, 4, :discard) => []
# CHECK-NEXT: Enum.take(l, -5) => [4, 1, 0, 6, 0]
# CHECK-NEXT: Enum.count(4..-9//3) => 0
# CHECK-NEXT: Enum.zip(l, Enum.drop(l, 4)) => [{2, 3}, {4, 5}, {8, 8}, {2, 4}]
# CHECK-NEXT: Enum.drop(10..4//-1, 2) => [8, 7, 6, 5, 4]
# CHECK-NEXT: String.slice(str, 0, 8) => "cbc日éa"
# CHECK-NEXT: Enum.chunk_every(l, 1, 3, :discard) => {{\[\[}}2]]
# CHECK-NEXT: Enum.split_while(l, &(&1 < -12)) => {[], [0, 7, 1, 5, 7, 1, 6, 5]}
# CHECK-NEXT: Enum.drop(8..-4//-1, 2) => [6, 5, 4, 3, 2, 1, 0, -1, -2, -3, -4]
# CHECK-NEXT: Enum.chunk_every(-5..0, 3) => {{\[\[}}-5, -4, -3], [-2, -1, 0]]
# CHECK-NEXT: Range.size(6..6//3) => 1
# CHECK-NEXT: Enum.slice(l, -5, -6) !! FunctionClauseError
# CHECK-NEXT: Enum.slice(5..1//-2, 1, 3) => [3, 1]
# CHECK-NEXT: String.split_at(str, 6) => {"é日bab", ""}
# CHECK-NEXT: Enum.split_while(l, &(&1 < -6)) => {[], [1]}
# CHECK-NEXT: Enum.with_index(l, -12) => [{2, -12}, {2, -11}, {3, -10}, {6, -9}, {7, -8}, {5, -7}]
# CHECK-NEXT: Enum.chunk_every(l, 2) => {{\[\[}}4]]
# CHECK-NEXT: Enum.chunk_every(l, 1, 3) => {{\[\[}}5]]
# CHECK-NEXT: Enum.chunk_every(l, 3, 2, :discard) => []
# CHECK-NEXT: String.slice(str, 5, 0) => ""
# CHECK-NEXT: Enum.count_until(l, 3) => 3
# CHECK-NEXT: Enum.chunk_every(l, 2, 3, [:pad]) => {{\[\[}}9, :pad]]
# CHECK-NEXT: Enum.slice(l, 5..-3) => []
# CHECK-NEXT: Enum.reverse(-6..2//-1) => []
# CHECK-NEXT: Enum.sum(3..-10//3) => 0
# CHECK-NEXT: String.pad_leading(str, 3) => "  日"
# CHECK-NEXT: Enum.chunk_every(l, 4, 3) => {{\[\[}}0, 9, 0, 6], [6, 2]]
# CHECK-NEXT: Enum.drop(9..-2//1, 2) => []
# CHECK-NEXT: Enum.reverse(-12..-6//-2) => []
# CHECK-NEXT: Enum.chunk_every(-10..-5, 3) => {{\[\[}}-10, -9, -8], [-7, -6, -5]]
# CHECK-NEXT: Enum.zip(l, Enum.drop(l, 4)) => [{3, 4}, {8, 5}]
# CHECK-NEXT: Enum.to_list(8..8//-1) => '\b'
# CHECK-NEXT: Enum.take(1..5, -4) => [2, 3, 4, 5]
# CHECK-NEXT: Enum.take(l, -3) => [3, 3]
# CHECK-NEXT: Enum.take(l, 6) => [7, 4, 7, 9, 0]
# CHECK-NEXT: Enum.drop(l, -3) => []
# CHECK-NEXT: List.update_at(l, -7, &{&1}) => []
# CHECK-NEXT: Enum.reverse(-1..-1//-2) => [-1]
# CHECK-NEXT: Enum.sort(l) |> Enum.dedup() => [0, 6, 7, 9]
# CHECK-NEXT: Enum.take(l, 9) => [1, 6]
# CHECK-NEXT: String.slice(str, 10..7) => ""
# CHECK-NEXT: Enum.drop(-5..8//2, 2) => [-1, 1, 3, 5, 7]
# CHECK-NEXT: List.pop_at(l, 0) => {9, '\a'}
# CHECK-NEXT: Enum.chunk_every(l, 4) => {{\[\[}}1, 3, 9, 5], [5, 4]]
# CHECK-NEXT: Range.size(0..8//2) => 5
# CHECK-NEXT: String.slice(str, 6..-3) => ""
# CHECK-NEXT: List.insert_at(l, 6, :x) => [2, 4, 2, 7, 6, 4, :x, 8, 3]
# CHECK-NEXT: String.slice(str, 1, 1) => "d"
# CHECK-NEXT: Enum.take(l, -1) => '\a'
# CHECK-NEXT: String.pad_leading(str, 4) => "écc日"
# CHECK-NEXT: Enum.slice(l, 2..-12//1) => []
# CHECK-NEXT: String.at(str, -7) => nil
# CHECK-NEXT: Enum.split_while(l, &(&1 < -4)) => {[], [2, 3]}
# CHECK-NEXT: Enum.take(1..5, -9) => [1, 2, 3, 4, 5]
# CHECK-NEXT: Enum.sum(-5..4//-1) => 0
# CHECK-NEXT: String.split_at(str, 7) => {"", ""}
# CHECK-NEXT: Enum.drop(-2..7//3, 2) => [4, 7]
# CHECK-NEXT: Enum.drop_every(l, 2) => []
# CHECK-NEXT: Enum.split(l, -12) => {[], []}
# CHECK-NEXT: Enum.drop(l, -5) => []
# CHECK-NEXT: String.pad_leading(str, 5) => "  日éa"
# CHECK-NEXT: Enum.member?(-3..10//2, 2) => false
# CHECK-NEXT: Enum.chunk_every(l, 4, 3, :discard) => []
# CHECK-NEXT: String.split_at(str, 10) => {"édc", ""}
# CHECK-NEXT: Enum.sort(l) |> Enum.dedup() => [1, 2, 3, 6, 7, 9]
# CHECK-NEXT: Enum.slice(1..20//3, 0, 2) => [1, 4]
# CHECK-NEXT: String.at(str, 9) => nil
# CHECK-NEXT: Enum.slide(l, -4, -12) => [0, 4, 7, 9, 5]
# CHECK-NEXT: Enum.slice(1..20//3, 0, 4) => [1, 4, 7, 10]
# CHECK-NEXT: Enum.slice(l, -5..10//3) => [1]
# CHECK-NEXT: String.duplicate(str, 4) => "bacbacbacbac"
# CHECK-NEXT: Enum.take(l, -3) => [5, 5]
# CHECK-NEXT: Enum.at(l, 4) => nil
# CHECK-NEXT: Enum.slice(l, -2..8//2) => [1]
# CHECK-NEXT: Enum.at(-4..-3, 3) => nil
# CHECK-NEXT: String.slice(str, -6..10) => "ac日日"
# CHECK-NEXT: Enum.chunk_every(l, 3, 1) => {{\[\[}}7, 4, 3], [4, 3, 5], [3, 5, 1], [5, 1, 7], [1, 7, 1], [7, 1, 8], [1, 8, 7], '\b\a']
# CHECK-NEXT: Enum.chunk_every(l, 5, 2, :discard) => []
# CHECK-NEXT: Enum.sum(-9..-4//-2) => 0
# CHECK-NEXT: Enum.split_while(l, &(&1 < -6)) => {[], []}
# CHECK-NEXT: Enum.drop(l, 4) => []
# CHECK-NEXT: Enum.chunk_every(l, 3, 3, :discard) => {{\[\[}}5, 9, 6]]
# CHECK-NEXT: List.replace_at(l, 1, :r) => [0, :r, 1, 2, 2]
# CHECK-NEXT: Enum.at(l, -5) => 8
# CHECK-NEXT: Enum.to_list(2..-2//3) => []
# CHECK-NEXT: Enum.drop(l, -3) => [8, 4, 2, 8, 1, 4]
# CHECK-NEXT: Enum.chunk_every(l, 4, 4) => {{\[\[}}2, 3, 7, 3], '\b']
# CHECK-NEXT: Enum.drop_every(l, 3) => [9, 6, 5, 7, 0, 8]
# CHECK-NEXT: Enum.slice(l, -12..4//1) => [4, 8, 8]
# CHECK-NEXT: Enum.at(l, -7) => nil
# CHECK-NEXT: String.duplicate(str, 3) => "日日日"
# CHECK-NEXT: Enum.at(8..-4, 4) => 4
# CHECK-NEXT: Enum.sort(l) |> Enum.dedup() => [0, 1, 6, 7, 9]
# CHECK-NEXT: Enum.slice(l, 10..11) => []
# CHECK-NEXT: Enum.chunk_every(l, 4) => {{\[\[}}9, 7, 4, 9]]
# CHECK-NEXT: List.pop_at(l, 2) => {1, [3, 2, 4, 7, 4, 2, 8]}
# CHECK-NEXT: Enum.at(l, -11) => nil
# CHECK-NEXT: Enum.drop(l, -3) => []
# CHECK-NEXT: Enum.chunk_every(l, 3, 1, :discard) => []
# CHECK-NEXT: String.at(str, -4) => "日"
# CHECK-NEXT: Enum.split(l, 8) => {[8, 5], []}
# CHECK-NEXT: Enum.count_until(l, 5) => 2
# CHECK-NEXT: Enum.sum(11..11//-2) => 11
# CHECK-NEXT: Enum.drop(-2..-2//1, 2) => []
# CHECK-NEXT: List.pop_at(l, 9) => {nil, [9, 5, 8, 5]}
# CHECK-NEXT: String.at(str, 2) => nil
# CHECK-NEXT: Enum.split(l, 5) => {[7, 4, 9, 4, 3], []}
# CHECK-NEXT: Enum.reverse(-2..4//3) => [4, 1, -2]
# CHECK-NEXT: List.replace_at(l, -5, :r) => [0, 8, 6, 1]
# CHECK-NEXT: Enum.chunk_every(l, 5, 3, [:pad]) => {{\[\[}}9, 0, 9, :pad]]
# CHECK-NEXT: Enum.chunk_every(l, 4) => {{\[\[}}1, 7, 4, 8], [1, 3, 0]]
# CHECK-NEXT: Enum.at(3..-5, 3) => 0
# CHECK-NEXT: Enum.member?(-9..5//3, 2) => false
# CHECK-NEXT: Enum.take_every(l, 3) => [2]
# CHECK-NEXT: String.pad_leading(str, 4) => "   é"
# CHECK-NEXT: String.split_at(str, 4) => {"cd", ""}
# CHECK-NEXT: Enum.at(l, -6) => nil
# CHECK-NEXT: Enum.chunk_every(l, 3) => {{\[\[}}9, 2, 9]]
# CHECK-NEXT: Enum.zip(l, Enum.drop(l, 1)) => [{0, 0}, {0, 3}, {3, 9}, {9, 5}]
# CHECK-NEXT: String.slice(str, -7, 8) => "dab"
# CHECK-NEXT: Enum.take_every(l, 5) => '\t'
# CHECK-NEXT: Enum.fetch(l, 7) => :error
# CHECK-NEXT: Enum.sum(7..0//2) => 0
# CHECK-NEXT: Enum.split_while(l, &(&1 < -7)) => {[], [8, 7, 4, 2, 3, 3, 7, 8]}
# CHECK-NEXT: Enum.drop(l, -5) => []
# CHECK-NEXT: String.at(str, 9) => nil
# CHECK-NEXT: Enum.split(l, 7) => {[3], []}
# CHECK-NEXT: Enum.at(-3..-2, 2) => nil
# CHECK-NEXT: String.slice(str, 9..12) => ""
# CHECK-NEXT: Enum.count(-7..7//-1) => 0
# CHECK-NEXT: Enum.slice(l, 12..-8//3) => []
# CHECK-NEXT: Enum.at(-11..3, 5) => -6
# CHECK-NEXT: Enum.drop_every(l, 5) => []
# CHECK-NEXT: Enum.at(1..11, 2) => 3
# CHECK-NEXT: Enum.slice(l, -11, 6) => [9, 4, 7, 8, 1, 7]
# CHECK-NEXT: List.insert_at(l, -8, :x) => [:x, 0, 3, 2, 3, 7]
# CHECK-NEXT: Enum.at(l, -10) => nil
# CHECK-NEXT: List.update_at(l, -8, &{&1}) => [3, 4]
# CHECK-NEXT: Enum.fetch(l, -11) => :error
# CHECK-NEXT: Enum.count(7..7//1) => 1
# CHECK-NEXT: Enum.count(4..-11//2) => 0
# CHECK-NEXT: Enum.chunk_every(l, 4, 4, :discard) => {{\[\[}}7, 5, 9, 5]]
# CHECK-NEXT: Enum.split_while(l, &(&1 < 12)) => {[9, 7, 4, 1, 5, 9, 2, 6, 3], []}
# CHECK-NEXT: Enum.zip(l, Enum.drop(l, 2)) => [{5, 6}, {7, 0}, {6, 0}, {0, 1}, {0, 3}, {1, 5}]
# CHECK-NEXT: Enum.at(4..12, 1) => 5
# CHECK-NEXT: Enum.split_while(l, &(&1 < 8)) => {[], [9, 3, 2]}
# CHECK-NEXT: Enum.take(l, 0) => []
# CHECK-NEXT: Enum.with_index(l, -8) => []
# CHECK-NEXT: String.pad_leading(str, 1) => "bdabd"
# CHECK-NEXT: String.split_at(str, -2) => {"éc", "bé"}
# CHECK-NEXT: Enum.at(l, -7) => nil
# CHECK-NEXT: List.delete_at(l, 12) => [8, 1, 7, 5, 7]
# CHECK-NEXT: Enum.with_index(l, 1) => [{1, 1}, {7, 2}, {3, 3}, {7, 4}, {0, 5}]
# CHECK-NEXT: Enum.take(l, -4) => [3, 6, 0, 5]
# CHECK-NEXT: String.slice(str, -7, 8) => "日b"
# CHECK-NEXT: Enum.sum(8..8//1) => 8
# CHECK-NEXT: Enum.take(l, -2) => [1, 3]
# CHECK-NEXT: String.split_at(str, -8) => {"", ""}
# CHECK-NEXT: Enum.sort(l) |> Enum.dedup() => [4, 5, 7, 9]
# CHECK-NEXT: String.duplicate(str, 3) => "é日é日é日"
# CHECK-NEXT: Enum.with_index(l, 10) => [{2, 10}, {2, 11}, {8, 12}, {9, 13}, {4, 14}, {0, 15}]
# CHECK-NEXT: Enum.slice(l, 3..-2//1) => [9, 2]
# CHECK-NEXT: Enum.split(l, -4) => {[2], [6, 3, 0, 9]}
# CHECK-NEXT: Enum.chunk_every(l, 2, 4, :discard) => []
# CHECK-NEXT: Enum.chunk_every(l, 5, 2, :discard) => {{\[\[}}8, 5, 1, 0, 1]]
# CHECK-NEXT: Enum.chunk_every(l, 2, 3) => {{\[\[}}6, 0], [1, 3]]
# CHECK-NEXT: Enum.split(l, 7) => {[7, 0, 5, 1, 8, 7], []}
# CHECK-NEXT: Enum.slice(-9..10//3, 1, 3) => [-6, -3, 0]
# CHECK-NEXT: Enum.drop_every(l, 1) => []
# CHECK-NEXT: Enum.map_every(l, 2, &(&1 * 10)) => [30]
# CHECK-NEXT: Enum.chunk_every(l, 4, 3, :discard) => {{\[\[}}1, 9, 2, 2]]
# CHECK-NEXT: Range.size(4..-9//1) => 0
# CHECK-NEXT: Enum.drop(l, -4) => [3, 1, 0]
# CHECK-NEXT: Enum.reverse_slice(l, -7, 5) !! FunctionClauseError
# CHECK-NEXT: Enum.drop_every(l, 3) => '\b'
# CHECK-NEXT: String.slice(str, 9, -9) !! FunctionClauseError
# CHECK-NEXT: Enum.map_every(l, 4, &(&1 * 10)) => 'F'
# CHECK-NEXT: String.pad_leading(str, 2) => "  "
# CHECK-NEXT: Enum.drop_every(l, 1) => []
# CHECK-NEXT: Enum.take_every(l, 3) => [0]
# CHECK-NEXT: Enum.take(l, -1) => [4]
# CHECK-NEXT: Enum.chunk_every(l, 4, 1, [:pad]) => {{\[\[}}3, 0, 4, 8], [0, 4, 8, :pad]]
# CHECK-NEXT: Enum.chunk_every(l, 4, 4, [:pad]) => []
# CHECK-NEXT: Enum.take(1..1, -6) => [1]
# CHECK-NEXT: Enum.reverse_slice(l, 1, 2) => [9, 8, 0, 4, 8, 3]
# CHECK-NEXT: List.delete_at(l, -2) => []
# CHECK-NEXT: Enum.slice(l, -8..6) => [6, 4, 5]
# CHECK-NEXT: Enum.slice(-2..-8//1, 1, 3) => []
# CHECK-NEXT: List.update_at(l, -10, &{&1}) => [0, 0]
# CHECK-NEXT: Enum.with_index(l, 2) => [{2, 2}, {1, 3}, {5, 4}, {0, 5}]
# CHECK-NEXT: Range.size(2..-3//-1) => 6
# CHECK-NEXT: Enum.slice(1..20//3, 7, 3) => []
# CHECK-NEXT: Enum.min_max(l) => {1, 5}
# CHECK-NEXT: String.pad_leading(str, 4) => "abcb"
# CHECK-NEXT: Enum.count_until(l, 1) => 1
# CHECK-NEXT: Enum.slice(1..20//3, -2, 3) => [16, 19]
# CHECK-NEXT: List.pop_at(l, 10) => {nil, [7, 8, 6]}
# CHECK-NEXT: List.delete_at(l, -11) => [5, 2, 1, 3, 9, 6, 1]
# CHECK-NEXT: Enum.chunk_every(l, 5, 4) => []
# CHECK-NEXT: Enum.min_max(l) => {1, 5}
# CHECK-NEXT: Enum.slide(l, 5, -5) => [1, 3, 4, 2]
# CHECK-NEXT: Enum.split(l, -4) => {[], [0, 5]}
# CHECK-NEXT: Enum.slide(l, 3, 9) => [8, 2, 3, 6]
# CHECK-NEXT: Enum.sum(-5..11//3) => 15
# CHECK-NEXT: Enum.drop(l, 2) => []
# CHECK-NEXT: Enum.drop_every(l, 3) => [1, 2, 1, 5, 2]
# CHECK-NEXT: Enum.chunk_every(6..2, 3) => {{\[\[}}6, 5, 4], [3, 2]]
# CHECK-NEXT: String.duplicate(str, 3) => "cbcbcb"
# CHECK-NEXT: Enum.slice(1..20//3, -10, 3) => [1, 4, 7]
# CHECK-NEXT: Enum.slice(1..20, -1..-8) => []
# CHECK-NEXT: Enum.chunk_every(l, 1, 4, [:pad]) => {{\[\[}}4], [2]]
# CHECK-NEXT: Enum.chunk_every(l, 5) => {{\[\[}}0, 2, 4, 6, 4]]
# CHECK-NEXT: Enum.reverse(12..-6//3) => []
# CHECK-NEXT: Enum.map_every(l, 2, &(&1 * 10)) => [20, 2, 10]
# CHECK-NEXT: Enum.slice(1..20, 12..-1) => [13, 14, 15, 16, 17, 18, 19, 20]
# CHECK-NEXT: Enum.at(l, 3) => 0
# CHECK-NEXT: List.insert_at(l, -5, :x) => [:x]
# CHECK-NEXT: Enum.slice(l, -4, -1) !! FunctionClauseError
# CHECK-NEXT: Enum.drop(l, -3) => []
# CHECK-NEXT: Enum.slice(l, 0..-10//-1) => []
# CHECK-NEXT: Enum.count(-12..-7//-1) => 0
# CHECK-NEXT: List.pop_at(l, -5) => {nil, [3, 2, 7, 5]}
# CHECK-NEXT: Enum.take(l, -5) => [7, 6, 0, 3, 8]
# CHECK-NEXT: Enum.chunk_every(l, 1, 3, [:pad]) => {{\[\[}}6]]
# CHECK-NEXT: Enum.chunk_every(l, 2, 1, :discard) => []
# CHECK-NEXT: Enum.reverse(10..6//3) => []
# CHECK-NEXT: String.pad_leading(str, 5) => "     "
# CHECK-NEXT: Enum.take(l, 2) => [0, 7]
# CHECK-NEXT: Enum.split_while(l, &(&1 < -1)) => {[], [0]}
# CHECK-NEXT: String.pad_leading(str, 1) => " "
# CHECK-NEXT: Enum.chunk_every(9..3, 3) => ['\t\b\a', [6, 5, 4], [3]]
# CHECK-NEXT: Enum.with_index(l, -10) => [{1, -10}, {8, -9}, {5, -8}, {7, -7}]
# CHECK-NEXT: String.split_at(str, -2) => {"dé", "db"}
# CHECK-NEXT: Enum.slide(l, -8, -2) => [5, 1, 4, 1, 9, 9, 3, 8]
# CHECK-NEXT: Enum.slice(l, 5..9) => []
# CHECK-NEXT: String.pad_leading(str, 4) => "dbaaa"
# CHECK-NEXT: Enum.split(l, 6) => {[1, 3, 1, 5, 0, 4], '\a'}
# CHECK-NEXT: Enum.split_while(l, &(&1 < 5)) => {[], [8, 5, 2, 3]}
# CHECK-NEXT: String.at(str, 4) => "日"
# CHECK-NEXT: List.replace_at(l, -5, :r) => [7, 9, 9, :r, 2, 1, 4, 3]
# CHECK-NEXT: Enum.slice(11..0//-2, 1, 3) => [9, 7, 5]
# CHECK-NEXT: String.slice(str, -9..-7) => ""
# CHECK-NEXT: String.slice(str, -7..-4) => ""
# CHECK-NEXT: Enum.slice(l, 7, -11) !! FunctionClauseError
# CHECK-NEXT: List.replace_at(l, 12, :r) => [4]
# CHECK-NEXT: Enum.chunk_every(l, 5, 1, :discard) => {{\[\[}}3, 7, 5, 3, 3], [7, 5, 3, 3, 7], [5, 3, 3, 7, 4], [3, 3, 7, 4, 0]]
# CHECK-NEXT: Enum.slice(l, -4..9) => [8, 7, 7, 0]
# CHECK-NEXT: List.delete_at(l, -6) => [0, 6, 0, 4, 6]
# CHECK-NEXT: Enum.drop(l, -5) => []
# CHECK-NEXT: Enum.drop(l, -1) => [8, 1]
# CHECK-NEXT: List.insert_at(l, -6, :x) => [:x]
# CHECK-NEXT: List.insert_at(l, 4, :x) => [6, 5, 7, 9, :x, 0, 1, 1, 7]
# CHECK-NEXT: String.at(str, 9) => nil
# CHECK-NEXT: List.insert_at(l, -4, :x) => [:x, 8, 8]
# CHECK-NEXT: Enum.to_list(-11..0//-2) => []
# CHECK-NEXT: Enum.slice(10..0//-1, 1, 3) => '\t\b\a'
# CHECK-NEXT: String.at(str, 2) => nil
# CHECK-NEXT: String.slice(str, 7..-12) => ""
# CHECK-NEXT: String.pad_leading(str, 1) => "dacdcb"
# CHECK-NEXT: Enum.slice(1..20, -3..-6) => []
# CHECK-NEXT: Enum.chunk_every(l, 5, 3, [:pad]) => []
# CHECK-NEXT: Enum.at(8..-7, 4) => 4
# CHECK-NEXT: Enum.count(4..1//-1) => 4
# CHECK-NEXT: Enum.split_while(l, &(&1 < -1)) => {[], [6, 8, 3, 1]}
# CHECK-NEXT: Enum.slice(l, -7, -11) !! FunctionClauseError
# CHECK-NEXT: Enum.drop(8..12//3, 2) => []
# CHECK-NEXT: Enum.take(l, -7) => [3, 2, 3, 2, 5]
# CHECK-NEXT: List.update_at(l, -1, &{&1}) => [3, 5, 7, 0, 8, {0}]
# CHECK-NEXT: Enum.chunk_every(l, 5) => {{\[\[}}0, 8, 0, 0, 2], [6, 2, 1]]
# CHECK-NEXT: Enum.slide(l, -6, 8) => []
# CHECK-NEXT: Enum.zip(l, Enum.drop(l, 4)) => [{5, 4}, {1, 3}, {1, 6}]
# CHECK-NEXT: Enum.count(-11..3//-2) => 0
# CHECK-NEXT: Enum.map_every(l, 2, &(&1 * 10)) => []
# CHECK-NEXT: Enum.to_list(12..12//-1) => '\f'
# CHECK-NEXT: Enum.take(l, 1) => [5]
# CHECK-NEXT: Enum.reverse_slice(l, -4, 4) !! FunctionClauseError
# CHECK-NEXT: Enum.slice(l, -7..3) => [5]
# CHECK-NEXT: String.slice(str, 3..3) => ""
# CHECK-NEXT: Enum.at(-12..-6, 1) => -11
# CHECK-NEXT: Enum.drop_every(l, 2) => '\b'
# CHECK-NEXT: Enum.take_every(l, 3) => [8, 8, 1]
# CHECK-NEXT: Enum.member?(-4..1//1, 2) => false
# CHECK-NEXT: Enum.slice(1..20, -3..3) => []
# CHECK-NEXT: Enum.with_index(l, -5) => [{9, -5}, {8, -4}]
# CHECK-NEXT: Enum.at(l, 5) => nil
# CHECK-NEXT: Enum.fetch(l, -2) => :error
# CHECK-NEXT: String.pad_leading(str, 3) => "cac日"
# CHECK-NEXT: List.insert_at(l, 0, :x) => [:x, 5, 9, 4, 7, 9, 0]
# CHECK-NEXT: String.at(str, -3) => "é"
# CHECK-NEXT: Enum.to_list(-6..-5//-1) => []
# CHECK-NEXT: Enum.chunk_every(l, 5, 2) => {{\[\[}}0, 4, 2, 6]]
# CHECK-NEXT: List.update_at(l, 12, &{&1}) => [4]
# CHECK-NEXT: Enum.drop(l, -1) => '\b'
# CHECK-NEXT: Enum.drop(l, -3) => [8, 2, 4]
# CHECK-NEXT: Enum.slice(l, -7, 11) => [6, 4, 4, 3, 1, 2, 8]
# CHECK-NEXT: Enum.count_until(l, 4) => 3
# CHECK-NEXT: Enum.min_max(l) => {0, 8}
# CHECK-NEXT: Enum.slice(l, 3, -1) !! FunctionClauseError
# CHECK-NEXT: Range.size(-12..2//1) => 15
# CHECK-NEXT: List.pop_at(l, -2) => {nil, []}
# CHECK-NEXT: String.split_at(str, 6) => {"", ""}
# CHECK-NEXT: Enum.take(1..1, 5) => [1]
# CHECK-NEXT: Enum.reverse_slice(l, -1, 5) !! FunctionClauseError
# CHECK-NEXT: List.delete_at(l, 2) => [1, 0, 8, 1]
# CHECK-NEXT: Enum.fetch(l, 7) => {:ok, 4}
# CHECK-NEXT: Enum.with_index(l, 1) => [{6, 1}, {5, 2}, {5, 3}]
# CHECK-NEXT: String.pad_leading(str, 3) => "béc"
# CHECK-NEXT: Enum.take(l, 8) => [2, 3, 4, 7, 7]
# CHECK-NEXT: Enum.to_list(2..11//3) => [2, 5, 8, 11]
# CHECK-NEXT: String.at(str, 5) => nil
# CHECK-NEXT: List.update_at(l, -4, &{&1}) => [4, 1, 7, {6}, 4, 0, 1]
# CHECK-NEXT: Enum.at(-10..-6, 1) => -9
# CHECK-NEXT: Enum.chunk_every(6..1, 3) => {{\[\[}}6, 5, 4], [3, 2, 1]]
# CHECK-NEXT: Enum.take(l, -7) => [0, 1, 7, 2]
# CHECK-NEXT: Enum.split_while(l, &(&1 < 3)) => {[], [4, 4, 7, 0, 7, 0, 8]}
# CHECK-NEXT: Enum.take_every(l, 2) => '\a'
# CHECK-NEXT: Enum.slice(l, 11..4) => []
# CHECK-NEXT: Enum.count_until(l, 5) => 5
# CHECK-NEXT: Enum.slice(1..20//3, -7, 2) => [1, 4]
# CHECK-NEXT: Enum.count(6..10//1) => 5
# CHECK-NEXT: Enum.take(l, -1) => [1]
# CHECK-NEXT: Enum.chunk_every(l, 5, 2) => ['\b']
# CHECK-NEXT: Enum.slice(l, -3..8//1) => [5, 1, 0]
# CHECK-NEXT: Enum.chunk_every(5..-2, 3) => {{\[\[}}5, 4, 3], [2, 1, 0], [-1, -2]]
# CHECK-NEXT: Enum.slice(9..-4//1, 1, 3) => []
# CHECK-NEXT: Enum.sum(-9..-11//3) => 0
# CHECK-NEXT: Enum.min_max(l) !! Enum.EmptyError
# CHECK-NEXT: List.delete_at(l, -11) => [4]
# CHECK-NEXT: List.delete_at(l, -9) => [1, 0]
# CHECK-NEXT: Enum.drop(l, -2) => [1, 6]
# CHECK-NEXT: Enum.reverse_slice(l, -4, 4) !! FunctionClauseError
# CHECK-NEXT: Enum.slice(2..9//3, 1, 3) => [5, 8]
# CHECK-NEXT: List.pop_at(l, -8) => {nil, [3, 0]}
# CHECK-NEXT: List.replace_at(l, -10, :r) => []
# CHECK-NEXT: String.slice(str, 3..0) => ""
# CHECK-NEXT: Enum.drop(-3..10//1, 2) => [-1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
# CHECK-NEXT: Enum.drop_every(l, 4) => [3, 4, 3, 9, 0, 3]
# CHECK-NEXT: Enum.member?(6..2//3, 4) => false
# CHECK-NEXT: Enum.chunk_every(l, 2, 4) => ['\b\a', [1, 5], [3]]
# CHECK-NEXT: String.pad_leading(str, 3) => "bda"
# CHECK-NEXT: Enum.chunk_every(l, 1, 3, [:pad]) => ['\a', [2]]
# CHECK-NEXT: Enum.chunk_every(l, 5, 2, [:pad]) => []
# CHECK-NEXT: Enum.slice(l, 5..-2//-2) !! ArgumentError
# CHECK-NEXT: String.slice(str, 0..-4) => ""
# CHECK-NEXT: Enum.to_list(-4..10//1) => [-4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
# CHECK-NEXT: Enum.at(-11..-7, 4) => -7
# CHECK-NEXT: String.slice(str, -5, 3) => "日日d"
# CHECK-NEXT: Enum.sum(12..10//1) => 0
# CHECK-NEXT: Enum.chunk_every(-5..-8, 3) => {{\[\[}}-5, -6, -7], [-8]]
# CHECK-NEXT: String.pad_leading(str, 3) => "   "
# CHECK-NEXT: Enum.take(l, 6) => [0, 6, 2, 1, 1, 5]
# CHECK-NEXT: Enum.with_index(l, 9) => [{7, 9}, {7, 10}, {5, 11}]
# CHECK-NEXT: Enum.min_max(l) => {2, 9}
# CHECK-NEXT: Enum.drop_every(l, 4) => [9, 5, 7, 4, 4, 8]
# CHECK-NEXT: Enum.sum(-7..-9//2) => 0
# CHECK-NEXT: Enum.slice(l, 4..-7) => []
# CHECK-NEXT: Enum.take(l, -1) => [3]
# CHECK-NEXT: String.slice(str, -6..-3) => "é"
# CHECK-NEXT: Enum.slice(l, 2..-2//-1) => []
# CHECK-NEXT: Enum.fetch(l, -9) => :error
# CHECK-NEXT: Enum.sum(-9..0//1) => -45
# CHECK-NEXT: List.delete_at(l, 1) => [3, 8, 2, 4, 2, 8, 7, 6]
# CHECK-NEXT: Enum.split_while(l, &(&1 < -1)) => {[], [3, 1, 6, 0, 4]}
# CHECK-NEXT: Enum.at(9..-10, 4) => 5
# CHECK-NEXT: Enum.min_max(l) => {0, 9}
# CHECK-NEXT: Enum.sort(l) |> Enum.dedup() => [0, 2, 7, 8]
# CHECK-NEXT: Enum.split_while(l, &(&1 < -9)) => {[], [6, 9, 5, 0, 9]}
# CHECK-NEXT: Enum.chunk_every(l, 2) => {{\[\[}}8, 4]]
# CHECK-NEXT: Enum.take_every(l, 5) => [0]
# CHECK-NEXT: String.duplicate(str, 4) => "écécécéc"
# CHECK-NEXT: Enum.take(l, 6) => [2, 7, 2, 3, 5, 7]
# CHECK-NEXT: Enum.take(l, -1) => '\a'
# CHECK-NEXT: Enum.with_index(l, 11) => [{5, 11}, {6, 12}, {7, 13}, {0, 14}, {6, 15}, {9, 16}, {2, 17}]
# CHECK-NEXT: Enum.chunk_every(9..-8, 3) => ['\t\b\a', [6, 5, 4], [3, 2, 1], [0, -1, -2], [-3, -4, -5], [-6, -7, -8]]
# CHECK-NEXT: Enum.drop(l, -4) => [1, 4]
# CHECK-NEXT: Enum.reverse(-8..-2//1) => [-2, -3, -4, -5, -6, -7, -8]
# CHECK-NEXT: Enum.at(-5..-10, 1) => -6
# CHECK-NEXT: Enum.slice(1..20//3, 10, 5) => []
# CHECK-NEXT: Enum.take(l, 8) => [1, 7, 5, 3, 5, 0, 0]
# CHECK-NEXT: Enum.reverse(-3..3//3) => [3, 0, -3]
# CHECK-NEXT: Range.size(0..3//1) => 4
# CHECK-NEXT: Enum.min_max(l) => {0, 9}
# CHECK-NEXT: Enum.take(l, -12) => [5, 3, 5, 6, 6, 4, 0, 8, 3]
# CHECK-NEXT: Enum.chunk_every(l, 1) => {{\[\[}}3], [6], [2], '\b', [6], [2], [0], '\a']
# CHECK-NEXT: Enum.drop_every(l, 5) => [2, 0, 7, 5]
# CHECK-NEXT: List.pop_at(l, 12) => {nil, [7, 3]}
# CHECK-NEXT: String.pad_leading(str, 3) => "  d"
# CHECK-NEXT: Enum.slice(1..20, -10..4) => []
# CHECK-NEXT: Enum.to_list(1..-1//-2) => [1, -1]
# CHECK-NEXT: Enum.with_index(l, -8) => [{3, -8}, {8, -7}, {1, -6}, {9, -5}, {2, -4}]
# CHECK-NEXT: String.duplicate(str, 3) => "日c日béd日c日béd日c日béd"
# CHECK-NEXT: Enum.reverse_slice(l, -12, 4) !! FunctionClauseError
# CHECK-NEXT: Enum.split_while(l, &(&1 < -3)) => {[], [5, 6]}
# CHECK-NEXT: Enum.zip(l, Enum.drop(l, 5)) => [{9, 4}, {3, 8}, {9, 9}]
# CHECK-NEXT: String.slice(str, 5, -9) !! FunctionClauseError
# CHECK-NEXT: Enum.split(l, 5) => {[4, 3, 9, 9, 1], [1, 2, 4, 6]}
# CHECK-NEXT: Enum.reverse_slice(l, 7, 2) => [5, 5, 6, 5, 1, 8, 6]
# CHECK-NEXT: Enum.at(6..0, 3) => 3
# CHECK-NEXT: Enum.drop(1..-3//2, 2) => []
# CHECK-NEXT: Enum.min_max(l) => {1, 8}
# CHECK-NEXT: List.insert_at(l, 0, :x) => [:x, 9, 9, 5]
# CHECK-NEXT: String.split_at(str, -9) => {"", "c"}
# CHECK-NEXT: Range.size(-12..1//3) => 5
# CHECK-NEXT: Enum.slice(1..20//3, -4, 5) => [10, 13, 16, 19]
# CHECK-NEXT: Enum.fetch(l, 6) => :error
# CHECK-NEXT: Enum.slice(l, -9..8//3) => [3, 6]
# CHECK-NEXT: Enum.zip(l, Enum.drop(l, 3)) => [{8, 7}, {7, 8}, {3, 5}]
# CHECK-NEXT: Enum.take(l, -5) => [9, 4, 4, 1, 1]
# CHECK-NEXT: List.delete_at(l, 9) => [9, 6]
# CHECK-NEXT: Enum.reverse(-10..5//-2) => []
# CHECK-NEXT: Enum.map_every(l, 3, &(&1 * 10)) => [40, 1, 6, 40, 6]
# CHECK-NEXT: Enum.slice(l, -9..-11) => []
# CHECK-NEXT: Enum.sort(l) |> Enum.dedup() => [0, 2, 4, 5]
# CHECK-NEXT: Enum.slice(1..10//-2, 1, 3) => []
# CHECK-NEXT: Enum.slice(l, -10..-10) => []
# CHECK-NEXT: Enum.chunk_every(l, 1, 2, [:pad]) => {{\[\[}}0], '\b']
# CHECK-NEXT: Enum.at(-1..1, 1) => 0
# CHECK-NEXT: String.slice(str, -9, -7) !! FunctionClauseError
# CHECK-NEXT: Enum.chunk_every(5..-10, 3) => {{\[\[}}5, 4, 3], [2, 1, 0], [-1, -2, -3], [-4, -5, -6], [-7, -8, -9], [-10]]
# CHECK-NEXT: Enum.member?(4..11//3, 4) => true
# CHECK-NEXT: Enum.at(-9..-12, 2) => -11
# CHECK-NEXT: Enum.reverse_slice(l, 5, 5) => [1, 7, 7, 0, 2, 7, 4]
# CHECK-NEXT: List.replace_at(l, 1, :r) => [3]
# CHECK-NEXT: Enum.sort(l) |> Enum.dedup() => []
# CHECK-NEXT: List.pop_at(l, -9) => {nil, [8, 7, 3, 5, 3]}
# CHECK-NEXT: String.split_at(str, -8) => {"", "bc日é"}
# CHECK-NEXT: Enum.slice(1..20, 3..-5) => [4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]
# CHECK-NEXT: Enum.sort(l) |> Enum.dedup() => [1, 3, 4, 5]
# CHECK-NEXT: Enum.slice(l, -7..11) => [8, 5, 5, 8, 1, 3, 9]
# CHECK-NEXT: List.pop_at(l, 8) => {nil, '\t'}
# CHECK-NEXT: Enum.drop(l, -3) => [9, 9, 6, 5, 8]
# CHECK-NEXT: String.split_at(str, 2) => {"db", "caé"}
# CHECK-NEXT: Enum.slice(l, 7..-12) => []
# CHECK-NEXT: Enum.fetch(l, -3) => {:ok, 2}
# CHECK-NEXT: Enum.with_index(l, 5) => [{3, 5}, {7, 6}, {8, 7}, {3, 8}, {2, 9}]
# CHECK-NEXT: Enum.slide(l, -1, 8) => '\t'
# CHECK-NEXT: Enum.slice(1..20, 8..-6) => [9, 10, 11, 12, 13, 14, 15]
# CHECK-NEXT: Enum.take_every(l, 2) => [6, 4, 5, 5]
# CHECK-NEXT: Enum.drop(-9..-5//2, 2) => [-5]
# CHECK-NEXT: Enum.sort(l) |> Enum.dedup() => '\t'
# CHECK-NEXT: List.insert_at(l, -8, :x) => [0, 9, :x, 5, 7, 4, 7, 2, 1, 0]
# CHECK-NEXT: Enum.slice(1..20//3, -6, 1) => [4]
# CHECK-NEXT: Enum.reverse(12..-3//-2) => [-2, 0, 2, 4, 6, 8, 10, 12]
# CHECK-NEXT: List.replace_at(l, 5, :r) => [2, 6, 5, 5, 9, :r, 1, 7]
# CHECK-NEXT: Enum.slice(1..20//3, -6, 4) => [4, 7, 10, 13]
# CHECK-NEXT: Enum.drop_every(l, 1) => []
# CHECK-NEXT: Enum.chunk_every(l, 1, 4, :discard) => {{\[\[}}1]]
# CHECK-NEXT: Enum.slice(1..20//3, -6, 5) => [4, 7, 10, 13, 16]
# CHECK-NEXT: Enum.to_list(-11..-7//2) => [-11, -9, -7]
# CHECK-NEXT: Enum.reverse(-8..-12//-2) => [-12, -10, -8]
# CHECK-NEXT: Enum.count_until(l, 3) => 3
# CHECK-NEXT: Enum.reverse_slice(l, 4, 4) => [2, 4, 6, 9, 3, 7, 5, 8]
# CHECK-NEXT: Enum.slice(l, 3..-6//3) => []
# CHECK-NEXT: Enum.at(-9..-7, 1) => -8
# CHECK-NEXT: Enum.sort(l) |> Enum.dedup() => [0, 1, 2, 4, 7, 8]
# CHECK-NEXT: Enum.split_while(l, &(&1 < -3)) => {[], [6, 8]}
# CHECK-NEXT: Enum.drop(l, -3) => [5, 7, 9, 4, 6]
# CHECK-NEXT: Enum.slice(1..20, -3..12) => []
# CHECK-NEXT: Enum.fetch(l, 1) => {:ok, 6}
# CHECK-NEXT: List.pop_at(l, -5) => {nil, [9, 2]}
# CHECK-NEXT: List.insert_at(l, -6, :x) => [6, :x, 6, 2, 0, 5, 5]
# CHECK-NEXT: Enum.take(l, 5) => [9, 1, 8, 3, 9]
# CHECK-NEXT: Enum.slide(l, 8, 3) => [0, 3, 5, 1, 6]
# CHECK-NEXT: Enum.slice(l, 3..10) => [9, 5, 1, 3, 3, 6]
# CHECK-NEXT: Enum.take_every(l, 4) => []
# CHECK-NEXT: Enum.zip(l, Enum.drop(l, 3)) => [{8, 5}, {5, 9}, {3, 3}]
# CHECK-NEXT: Enum.fetch(l, -11) => :error
# CHECK-NEXT: String.duplicate(str, 5) => "d日d日d日d日d日"
# CHECK-NEXT: Enum.chunk_every(l, 5) => {{\[\[}}9, 2, 3, 3, 1]]
# CHECK-NEXT: List.insert_at(l, -5, :x) => [:x]
# CHECK-NEXT: Enum.at(6..-10, 1) => 5
# CHECK-NEXT: Range.size(-10..-11//1) => 0
# CHECK-NEXT: Enum.map_every(l, 3, &(&1 * 10)) => [0, 4, 1, 90]
# CHECK-NEXT: Enum.chunk_every(l, 5, 2, :discard) => {{\[\[}}4, 9, 0, 8, 0]]
# CHECK-NEXT: Enum.to_list(-6..1//-2) => []
# CHECK-NEXT: Enum.chunk_every(l, 2) => {{\[\[}}5, 0], [1, 8]]
# CHECK-NEXT: Enum.drop(l, -4) => '\t'
# CHECK-NEXT: Enum.chunk_every(l, 4, 3, [:pad]) => {{\[\[}}2, 2, 5, 0], [0, 3, :pad]]
# CHECK-NEXT: Enum.member?(12..11//-1, 5) => false
