// Starts `java -jar validate.jar lsp` for Markdown and HTML files and shows what it reports.
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

function activate(context) {
  const settings = vscode.workspace.getConfiguration('frontmatter4j');
  const jar = settings.get('jar');
  if (!jar) {
    vscode.window.showWarningMessage('frontmatter4j: set "frontmatter4j.jar" to the path of validate.jar');
    return;
  }
  const server = { command: settings.get('java'), args: ['-jar', jar, 'lsp'] };
  client = new LanguageClient('frontmatter4j', 'frontmatter4j', server, {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', language: 'html' },
      { scheme: 'untitled', language: 'markdown' }
    ]
  });
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
