const path = require('node:path');
const { src, dest, task } = require('gulp');

// tsc compiles the TypeScript; the icons are copied next to the compiled node and credential.
function copyIcons() {
	const nodeIcons = src(path.resolve('nodes', '**', '*.{png,svg}'), { encoding: false });
	const nodeJson = src(path.resolve('nodes', '**', '*.node.json'));
	nodeJson.pipe(dest(path.resolve('dist', 'nodes')));
	return nodeIcons.pipe(dest(path.resolve('dist', 'nodes')));
}

task('build:icons', copyIcons);
