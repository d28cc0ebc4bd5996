/**
 * English strings: setting DEEPSEEK_API_KEY in each environment (src/domain/key-setup.ts).
 * Keys start with "setup.": `setup.env.<id>.label` names the environment, `setup.env.<id>.note`
 * says what the set-up does and what to watch for. The language labels (`code.language.*`) live
 * in wizard.ts.
 */
export const setup = {
  'setup.heading': 'Set the key where your code runs',
  'setup.intro':
    'Pick where your code runs. Each set-up reads the key without showing it, and the check prints only whether it is set, its length and its last four characters.',
  'setup.environment': 'Environment',
  'setup.verify': 'Check that it arrived',
  'setup.newTerminal':
    'This change reaches only terminals and programs started from now on: open a new terminal (and restart your IDE) before the check.',
  'setup.inFile': 'In {file}:',
  'setup.shell': 'Commands for',
  'setup.group.terminal': 'Terminal',
  'setup.group.project': 'Project .env file',
  'setup.group.container': 'Containers',
  'setup.group.service': 'Services',
  'setup.group.tool': 'Notebooks, IDE and CI',

  'setup.env.bash-session.label': 'bash / zsh (this terminal)',
  'setup.env.bash-session.note':
    'read -rs reads the key without showing it, and it stays out of shell history because you type it at a prompt, not in a command. The variable lasts until this terminal closes, and only programs started from this terminal see it.',

  'setup.env.bash-profile.label': 'bash / zsh (every new terminal)',
  'setup.env.bash-profile.note':
    'Appends an export line to ~/.zshrc (zsh, the macOS default) or ~/.bashrc (bash). The key is then stored in plain text in that file: keep it private (chmod 600). On macOS, bash login shells read ~/.bash_profile instead. Open a new terminal, or run "source ~/.zshrc", before the check.',

  'setup.env.fish.label': 'fish',
  'setup.env.fish.note':
    'read -s hides what you type and -x exports the variable to programs started from this shell. With -U (read -sUx) fish keeps it for every new session too, stored in plain text in ~/.config/fish/fish_variables.',

  'setup.env.powershell-session.label': 'PowerShell (this window)',
  'setup.env.powershell-session.note':
    'Read-Host -AsSecureString masks what you type and works in Windows PowerShell 5.1 and PowerShell 7; the NetworkCredential step turns it back into plain text for $env:DEEPSEEK_API_KEY. In PowerShell 7.1 or later, Read-Host -MaskInput does the same in one step. The variable lasts until this window closes.',

  'setup.env.powershell-persistent.label': 'PowerShell (every new terminal)',
  'setup.env.powershell-persistent.note':
    'Sets the key for this window, then saves it for your Windows user with [Environment]::SetEnvironmentVariable(…, "User"). Windows only. Terminals, IDEs and other programs that are already open do not see the saved value: open a NEW terminal (and restart your IDE) before the check. On macOS or Linux, add the first line to your $PROFILE instead.',

  'setup.env.cmd-session.label': 'cmd (this window)',
  'setup.env.cmd-session.note':
    'set /p asks for the value. cmd cannot hide what you type, so the key shows on screen while you type it: run cls afterwards, or use PowerShell, which can mask it. The variable lasts until this window closes.',

  'setup.env.cmd-persistent.label': 'cmd (every new terminal)',
  'setup.env.cmd-persistent.note':
    "setx saves the value for your Windows user, but only in windows opened afterwards: setx does not change the window it runs in (the set /p line covers that one). Open a NEW terminal, and restart your IDE, before the check. cmd shows the key while you type it: run cls afterwards. The last line runs setx only if you typed a key: with nothing typed, it would save the variable's name as text.",

  'setup.env.dotenv-python.label': '.env file (Python, python-dotenv)',
  'setup.env.dotenv-python.note':
    'The key goes in a .env file next to your code, and .env goes in .gitignore so it is never committed. Call load_dotenv() before the key is read, at the top of the program: a .env file loaded later is too late. A DEEPSEEK_API_KEY already set in the environment wins over the file. Write the line as DEEPSEEK_API_KEY= followed by the key, without spaces around =. In Windows PowerShell 5.1, do not write .env with > or >>: they write UTF-16, which .env readers cannot read.',

  'setup.env.dotenv-node.label': '.env file (Node.js --env-file)',
  'setup.env.dotenv-node.note':
    'Node.js 20.6 and later load a .env file themselves with --env-file=.env: no dotenv package needed. Keep .env in .gitignore. A DEEPSEEK_API_KEY already set in the environment wins over the file. With an older Node.js, use the dotenv package and import "dotenv/config" first. In Windows PowerShell 5.1, do not write .env with > or >>: they write UTF-16, which Node.js cannot read.',

  'setup.env.docker.label': 'Docker',
  'setup.env.docker.note':
    'A container does not inherit your shell\'s variables. -e DEEPSEEK_API_KEY with no "=value" passes the value on from the shell that runs docker, so the key is not written in the command or its history. --env-file .env reads KEY=value lines; write the value without quotes. The check starts a small alpine container with the same -e or --env-file option: run the line that matches your set-up.',

  'setup.env.docker-compose.label': 'Docker Compose',
  'setup.env.docker-compose.note':
    'Under environment:, a bare DEEPSEEK_API_KEY passes on the value from the shell that runs docker compose; env_file: .env loads the file instead. The check reads "docker compose config", which resolves both, and prints only the length and the last four characters of the value. On its own, "docker compose config" prints the key: never paste its output anywhere. In the PowerShell check, put your service\'s name in place of app.',

  'setup.env.systemd.label': 'A systemd service',
  'setup.env.systemd.note':
    "A service started by systemd gets neither your shell's variables nor .env, and never sees a change until it restarts. Put your service's name in place of myapp.service. The key goes in /etc/deepseek.env, readable by root only, and a drop-in points the service at it with EnvironmentFile=. The check reads the running service's own environment and prints its shape, never the key.",
  'setup.env.jupyter.label': 'Jupyter notebook',
  'setup.env.jupyter.note':
    'getpass asks for the key with hidden input, so it never lands in the notebook file, its outputs or its history. Do not write %env DEEPSEEK_API_KEY=… (saved in the notebook), and do not run %env DEEPSEEK_API_KEY alone (it prints the value). A kernel started before you set the variable in a terminal does not see it: restart the kernel, or start Jupyter from that terminal.',

  'setup.env.vscode.label': 'VS Code (launch.json)',
  'setup.env.vscode.note':
    'Running or debugging from VS Code does not use your terminal\'s variables. envFile loads the project\'s .env file; "env" with ${env:DEEPSEEK_API_KEY} passes on the variable that VS Code itself was started with, so restart VS Code after setting it. "type": "node" configurations take the same envFile line. The check is an expression for the Debug Console while stopped at a breakpoint.',

  'setup.env.github-actions.label': 'GitHub Actions',
  'setup.env.github-actions.note':
    'Store the key as a repository secret named DEEPSEEK_API_KEY (gh secret set asks for it without showing it), then map it into the job with env:. GitHub masks secrets in logs. Workflows started by pull requests from forks get no secrets: the variable is empty there.',
  'setup.env.vercel.label': 'Vercel',
  'setup.env.vercel.note':
    'Add the key in the project’s Environment Variables, or with vercel env add (it asks for the value without showing it), for each environment that needs it. A change reaches new deployments only: deploy again. The check logs only the length and last four characters; read its line with vercel logs.',
  'setup.env.cloudflare-workers.label': 'Cloudflare Workers',
  'setup.env.cloudflare-workers.note':
    'wrangler secret put asks for the value without showing it. Each named environment (--env) has its own secrets. The Worker reads the key as env.DEEPSEEK_API_KEY, from the env argument of fetch, not from process.env; for wrangler dev, put it in .dev.vars. Read the check’s line with wrangler tail.',
};
