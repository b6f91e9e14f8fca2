// Runs before every command-line tool (see package.json): the tools are TypeScript that Node runs directly,
// which needs Node 22.12 or later. On an older Node, say so plainly instead of a stack trace. Plain JavaScript
// on purpose, so that any Node can run it.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
	console.error(
		[
			`This project needs Node.js 22.12 or later; this is Node.js ${process.versions.node}.`,
			'このプロジェクトには Node.js 22.12 以降が必要です（この環境は Node.js ' + process.versions.node + ' です）。',
			'Install it, e.g.: npm i -g --prefix "$HOME/.node22" node@22 && export PATH="$HOME/.node22/bin:$PATH"',
		].join('\n'),
	);
	process.exit(1);
}
