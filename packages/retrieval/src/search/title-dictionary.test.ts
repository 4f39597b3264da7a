import { describe, expect, it } from "vitest";
import { TitleDictionary, titleKey } from "./title-dictionary";

describe("TitleDictionary", () => {
  const dictionary = new TitleDictionary();
  dictionary.add("c1", "Michael Jackson (writer)", "wiki.jsonl");
  dictionary.add("c2", "Lake Tahoe", "wiki.jsonl");
  dictionary.add("c3", "The Who", "wiki.jsonl"); // stopwords only: never a name
  dictionary.add("c4", "on hypersonic similitude", "cran.jsonl"); // lower case: a phrase, not a name
  dictionary.add("c5", "Backups", "docs/backups.md");

  it("finds names as their titles spell them, the trailing qualifier optional", () => {
    expect(dictionary.mentions("A review by Michael Jackson of a book set at Lake Tahoe.")).toEqual(["michael jackson writer", "lake tahoe"]);
    expect(dictionary.mentions("michael jackson and lake tahoe, in lower case")).toEqual([]);
    expect(dictionary.mentions("Michael Jackson (writer) wrote it")).toEqual(["michael jackson writer"]);
    expect(dictionary.mentions("The Who played; on hypersonic similitude; Backups run daily")).toEqual(["backups"]);
  });

  it("updates in place as chunks come and go", () => {
    const live = new TitleDictionary();
    live.add("a", "Lake Tahoe", "one.md");
    live.add("b", "Lake Tahoe", "two.md");
    expect(live.sourceCount("lake tahoe")).toBe(2);
    live.remove("a");
    expect([...live.chunksOf("lake tahoe")]).toEqual(["b"]);
    expect(live.mentions("Lake Tahoe")).toEqual(["lake tahoe"]);
    live.add("b", "Lake Geneva", "two.md"); // the chunk's title changed
    expect(live.mentions("Lake Tahoe and Lake Geneva")).toEqual(["lake geneva"]);
    expect(live.size).toBe(1);
    expect(titleKey("Lake  Geneva!")).toBe("lake geneva");
  });
});
