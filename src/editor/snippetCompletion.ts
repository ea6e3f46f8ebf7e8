// Snippets with their tags in the notes' language (workspace/lang.ts). The contributed snippet file spells each
// prefix's tags in the prefix's language; this offers, from the same definitions in the core, the
// snippets that the setting or the team's vocabulary spells differently, ranked before the file's.
import * as vscode from 'vscode';
import { configuredSnippets, SnippetDefinition, SnippetFile } from '../core/write/snippets';
import { Lang, Vocabulary } from '../core/vocabulary/vocabulary';
import { tagLang } from '../workspace/lang';
import { SessionStore } from '../workspace/sessionStore';

export function registerSnippetCompletion(store: SessionStore): vscode.Disposable {
  let cache: { vocabulary: Vocabulary; lang: Lang; snippets: SnippetFile } | undefined;
  // The vocabulary of the notes' folder: each team's snippets spell its own terms.
  const snippets = (vocabulary: Vocabulary, lang: Lang): SnippetFile => {
    if (cache?.vocabulary !== vocabulary || cache.lang !== lang) {
      cache = { vocabulary, lang, snippets: configuredSnippets(vocabulary, lang) };
    }
    return cache.snippets;
  };
  return vscode.languages.registerCompletionItemProvider({ language: 'markdown' }, {
    provideCompletionItems(doc) {
      const lang = tagLang(doc.uri, store.get(doc));
      return Object.entries(snippets(store.vocabularyFor(doc.uri), lang)).flatMap(([name, snippet]) => snippet.prefix.map((prefix) => toItem(prefix, name, snippet, lang)));
    },
  });
}

function toItem(prefix: string, name: string, snippet: SnippetDefinition, lang: Lang): vscode.CompletionItem {
  const title = name.replace(/ \((?:en|nl)\)$/, '');
  const item = new vscode.CompletionItem({ label: prefix, description: vscode.l10n.t('{0} (tags: {1})', title, lang) }, vscode.CompletionItemKind.Snippet);
  item.insertText = new vscode.SnippetString(snippet.body.join('\n'));
  item.detail = snippet.description;
  // Before the snippet file's entry of the same prefix, which spells the tags in the prefix's language.
  item.sortText = ` ${prefix}`;
  return item;
}
